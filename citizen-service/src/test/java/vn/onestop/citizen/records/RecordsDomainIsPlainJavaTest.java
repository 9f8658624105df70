package vn.onestop.citizen.records;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the citizen rules free of Spring, Reactor and persistence, as the conventions ask. */
class RecordsDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/citizen/records");

	private static final List<String> DOMAIN = List.of("NotificationChannel", "CitizenForm", "CitizenDetails", "Citizen",
			"CitizenFormValidator", "InvalidCitizenForm", "FieldChange", "CitizenChanges",
			"NameSearchKeys", "NearWords", "NameMatch", "CitizenSearchQuery", "HistoryAction", "ImportedRecord",
			"ImportComparison", "ReviewResolution", "ReviewResolutionForm", "ReviewKind", "CitizenAccess", "ReviewAccess");

	@Test
	void domainClassesImportOnlyTheJdkLibphonenumberAndNameFolding() {
		PlainJavaDomain.assertImportsOnlyTheJdk(SOURCES, DOMAIN, "import com\\.google\\.i18n\\.phonenumbers\\..*;", "import vn\\.onestop\\.citizen\\.ward\\.VietnameseNames;",
				"import vn\\.onestop\\.rules\\.citizen\\.[A-Za-z]+;",
				"import vn\\.onestop\\.citizen\\.imports\\.(ImportColumns|ImportRow|RowOutcome\\.Outcome);",
				"import vn\\.onestop\\.support\\.security\\.(Caller|Role);");
	}

}
