package vn.onestop.support.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@ParameterizedTest
	@CsvSource({ "038087042028, 0380******28", "0912345678, 0912****78", "123456789, 1234***89", "1234567, 1234*67",
			"123456, ******", "12, **", "a, *" })
	void keepsTheFirstFourAndLastTwoCharactersOfLongValuesOnly(String value, String masked) {
		assertThat(Masking.mask(value)).isEqualTo(masked);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void masksNothingToNothing(String value) {
		assertThat(Masking.mask(value)).isEmpty();
	}

}
