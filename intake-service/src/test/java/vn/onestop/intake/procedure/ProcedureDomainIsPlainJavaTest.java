package vn.onestop.intake.procedure;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the procedure rules free of Spring, Reactor and persistence, as the conventions ask. */
class ProcedureDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/intake/procedure");

	private static final List<String> DOMAIN = List.of("ProcedureRules", "ProcedurePublication", "ProcedureVersion",
			"RequiredDocument", "Fee", "FeeKind", "Channel");

	@Test
	void domainClassesImportOnlyTheJdk() {
		// the processing time and its unit are the calendar's plain-Java domain types
		PlainJavaDomain.assertImportsOnlyTheJdk(SOURCES, DOMAIN,
				"import vn\\.onestop\\.intake\\.calendar\\.(ProcessingTime|DueTimeUnit);");
	}

}
