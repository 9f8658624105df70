package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AgencyCodesTest {

	@Test
	void aConfiguredWardUsesItsAgencyCodeAndOthersTheirWardCode() {
		AgencyCodes codes = new AgencyCodes(Map.of("00004", "000.00.06.H56"));
		assertThat(codes.agencyFor("00004")).isEqualTo("000.00.06.H56");
		assertThat(codes.agencyFor("25942")).isEqualTo("25942");
	}

	@Test
	void refusesAnAgencyCodeThatWouldBreakTheDossierCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCodes(Map.of("00004", "000-06")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCodes(Map.of("00004", "")));
	}

}
