package vn.onestop.citizen.imports;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the import file formats and row types free of Spring, Reactor and persistence, as the conventions ask. */
class ImportsDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/citizen/imports");

	private static final List<String> DOMAIN = List.of("ImportColumns", "ImportRow", "ImportError", "RowOutcome",
			"ImportTarget", "ImportParser", "MalformedImport", "CsvImportParser", "JsonImportParser", "ImportTally",
			"ImportFormat", "ImportAccess");

	@Test
	void domainClassesImportOnlyTheJdkAndJacksonsStreamingParser() {
		PlainJavaDomain.assertImportsOnlyTheJdk(SOURCES, DOMAIN, "import tools\\.jackson\\.core\\..*;",
				"import vn\\.onestop\\.citizen\\.imports\\.RowOutcome\\.Outcome;",
				"import vn\\.onestop\\.support\\.security\\.Caller;");
	}

}
