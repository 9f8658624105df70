package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Keeps the dossier and procedure rules free of Spring, Reactor and persistence. */
class DossierDomainIsPlainJavaTest {

	private static final Path MAIN = Path.of("src/main/java/vn/onestop/intake");

	private static final List<String> DOMAIN = List.of("dossier/DossierCode", "dossier/DossierStatus",
			"dossier/AgencyCodes", "dossier/RequestFingerprint", "dossier/IntakeRules", "dossier/Receipt",
			"dossier/Dossier", "dossier/Person", "dossier/HandedInDocument", "dossier/WardOffice",
			"dossier/DossierReceived", "dossier/TextRules", "dossier/DossierAction", "dossier/DossierLifecycle", "dossier/Timeliness", "dossier/Progress",
			"dossier/ActionNames", "dossier/SupplementPause", "dossier/Lateness", "dossier/ApologyRules", "dossier/DossierChanged",
			"dossier/Change", "dossier/Tracked", "dossier/ChangePlans", "dossier/Rating", "procedure/Channel", "procedure/Fee", "procedure/FeeKind",
			"procedure/RequiredDocument", "procedure/ProcedureVersion");

	@Test
	void domainClassesImportOnlyTheJdkAndOtherDomainTypes() throws IOException {
		for (String type : DOMAIN) {
			List<String> imports = Files.readAllLines(MAIN.resolve(type + ".java"))
				.stream()
				.filter(line -> line.startsWith("import "))
				.toList();
			assertThat(imports).as(type)
				.allMatch(line -> line.matches("import (static )?(java\\.|vn\\.onestop\\.intake\\.(calendar|procedure|dossier)\\.).*"));
		}
	}

}
