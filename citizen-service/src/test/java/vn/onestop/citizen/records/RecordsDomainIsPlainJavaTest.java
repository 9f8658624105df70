package vn.onestop.citizen.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the citizen rules free of Spring, Reactor and persistence, as the conventions ask. */
class RecordsDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/citizen/records");

	private static final List<String> DOMAIN = List.of("PersonalIdNumber", "BirthRegistrationProvinces", "Gender",
			"NotificationChannel", "PersonName", "MobilePhone", "EmailAddress", "CitizenForm", "CitizenDetails", "Citizen",
			"CitizenFormValidator", "InvalidValue", "InvalidCitizenForm", "FieldProblem", "FieldChange", "CitizenChanges",
			"NameSearchKeys", "CitizenSearchQuery", "HistoryAction");

	@Test
	void domainClassesImportOnlyTheJdkLibphonenumberAndNameFolding() throws IOException {
		for (String type : DOMAIN) {
			List<String> imports = Files.readAllLines(SOURCES.resolve(type + ".java"))
				.stream()
				.filter(line -> line.startsWith("import "))
				.toList();
			assertThat(imports).as(type).allMatch(line -> line.matches("import (static )?java\\..*")
					|| line.startsWith("import com.google.i18n.phonenumbers.")
					|| line.equals("import vn.onestop.citizen.ward.VietnameseNames;"));
		}
	}

}
