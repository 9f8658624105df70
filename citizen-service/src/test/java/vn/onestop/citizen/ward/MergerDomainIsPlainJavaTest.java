package vn.onestop.citizen.ward;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the merger and re-homing rules free of Spring, Reactor and persistence, as the conventions ask. */
class MergerDomainIsPlainJavaTest {

	private static final Path MAIN = Path.of("src/main/java/vn/onestop/citizen");

	private static final List<String> DOMAIN = List.of("ward/MergerForm", "ward/Merger", "ward/MergerFormValidator",
			"ward/MergerRules", "ward/MergerContext", "ward/MergerPlan", "ward/MergerRefused", "ward/UnitKey",
			"ward/RecordedMerger", "ward/MergerOutcome", "records/MergerRehoming", "records/ReviewKind",
			"records/CitizenReviewQuery");

	@Test
	void mergerRulesImportOnlyTheJdkAndTheirOwnTypes() {
		PlainJavaDomain.assertImportsOnlyTheJdk(MAIN, DOMAIN, "import vn\\.onestop\\.citizen\\.ward\\.(MergerForm|MergerRefused|MergerContext|RecordedMerger)(\\..*)?;",
				"import vn\\.onestop\\.rules\\.citizen\\.(FieldProblem|VietnameseNames);");
	}

}
