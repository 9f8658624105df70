package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

	@Test
	void formatsTheThanhHoaExample() {
		assertThat(new DossierCode("000.00.06.H56", LocalDate.of(2023, 10, 27), 361).value())
			.isEqualTo("000.00.06.H56-231027-0361");
	}

	@Test
	void padsTheSequenceToFourDigits() {
		assertThat(new DossierCode("00004", LocalDate.of(2026, 1, 5), 1).value()).isEqualTo("00004-260105-0001");
		assertThat(new DossierCode("00004", LocalDate.of(2026, 1, 5), 9999).value()).isEqualTo("00004-260105-9999");
	}

	@Test
	void growsToFiveDigitsAfterTheDays9999thDossier() {
		DossierCode code = new DossierCode("00004", LocalDate.of(2026, 1, 5), 10000);
		assertThat(code.value()).isEqualTo("00004-260105-10000");
		assertThat(DossierCode.parse("00004-260105-10000")).contains(code);
		assertThat(DossierCode.parse("00004-260105-99999"))
			.contains(new DossierCode("00004", LocalDate.of(2026, 1, 5), DossierCode.MAX_SEQUENCE));
	}

	@Test
	void parsesWhatItFormats() {
		DossierCode code = new DossierCode("000.00.06.H56", LocalDate.of(2024, 2, 29), 42);
		assertThat(DossierCode.parse(code.value())).contains(code);
		assertThat(code).hasToString("000.00.06.H56-240229-0042");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "00004", "00004-260105", "00004-260105-001", "00004-260105-00001", "00004-260105-09999", "00004-260105-100000", "00004-261305-0001",
			"00004-230229-0001", "00004-260105-0000", "-260105-0001", "00 04-260105-0001", "00004-260105-0001 ",
			"../etc-260105-0001" })
	void rejectsWhatIsNotACode(String value) {
		assertThat(DossierCode.parse(value)).isEmpty();
	}

	@Test
	void rejectsNull() {
		assertThat(DossierCode.parse(null)).isEmpty();
	}

	@Test
	void refusesSequencesAndYearsItCannotPrint() {
		LocalDate day = LocalDate.of(2026, 1, 5);
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode("00004", day, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode("00004", day, 100_000));
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode("00004", LocalDate.of(2100, 1, 1), 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode("00-04", day, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode("", day, 1));
	}

}
