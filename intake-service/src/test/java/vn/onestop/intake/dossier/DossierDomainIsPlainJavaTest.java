package vn.onestop.intake.dossier;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the dossier and procedure rules free of Spring, Reactor and persistence. */
class DossierDomainIsPlainJavaTest {

	private static final Path MAIN = Path.of("src/main/java/vn/onestop/intake");

	private static final List<String> DOMAIN = List.of("dossier/DossierCode", "dossier/DossierStatus",
			"dossier/AgencyCodes", "dossier/RequestFingerprint", "dossier/IntakeRules", "dossier/Receipt",
			"dossier/Dossier", "dossier/Person", "dossier/HandedInDocument", "dossier/WardOffice",
			"dossier/DossierReceived", "dossier/TextRules", "dossier/DossierAction", "dossier/DossierLifecycle", "dossier/Timeliness", "dossier/Progress",
			"dossier/ActionNames", "dossier/SupplementPause", "dossier/Lateness", "dossier/ApologyRules", "dossier/DossierChanged",
			"dossier/Change", "dossier/Tracked", "dossier/ChangePlans", "dossier/Rating", "dossier/DossierAccess",
			"dossier/LookupThrottle", "procedure/Channel", "procedure/Fee", "procedure/FeeKind",
			"procedure/RequiredDocument", "procedure/ProcedureVersion");

	@Test
	void domainClassesImportOnlyTheJdkAndOtherDomainTypes() {
		PlainJavaDomain.assertImportsOnlyTheJdk(MAIN, DOMAIN, "import (static )?vn\\.onestop\\.intake\\.(calendar|procedure|dossier)\\..*",
				"import vn\\.onestop\\.support\\.security\\.Caller;");
	}

}
