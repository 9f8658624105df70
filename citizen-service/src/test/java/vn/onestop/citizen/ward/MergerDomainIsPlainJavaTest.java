package vn.onestop.citizen.ward;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the merger and re-homing rules free of Spring, Reactor and persistence, as the conventions ask. */
class MergerDomainIsPlainJavaTest {

	private static final Path MAIN = Path.of("src/main/java/vn/onestop/citizen");

	private static final List<String> DOMAIN = List.of("ward/MergerForm", "ward/Merger", "ward/MergerFormValidator",
			"ward/MergerRules", "ward/MergerContext", "ward/MergerPlan", "ward/MergerRefused", "ward/UnitKey",
			"ward/RecordedMerger", "ward/MergerOutcome", "records/MergerRehoming", "records/ReviewKind",
			"records/CitizenReviewQuery");

	@Test
	void mergerRulesImportOnlyTheJdkAndTheirOwnTypes() throws IOException {
		for (String type : DOMAIN) {
			List<String> imports = Files.readAllLines(MAIN.resolve(type + ".java"))
				.stream()
				.filter(line -> line.startsWith("import "))
				.toList();
			assertThat(imports).as(type).allMatch(line -> line.matches("import (static )?java\\..*")
					|| line.matches("import vn\\.onestop\\.citizen\\.ward\\.(MergerForm|MergerRefused|MergerContext|RecordedMerger)(\\..*)?;"));
		}
	}

}
