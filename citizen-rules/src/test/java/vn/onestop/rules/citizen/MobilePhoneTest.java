package vn.onestop.rules.citizen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MobilePhoneTest {

	@ParameterizedTest
	@ValueSource(strings = { "0912345678", "+84912345678", "84912345678", "+84 912 345 678", "0912.345.678",
			"091 234 5678", "(+84) 912-345-678", "+84-91-234-5678", " 0912345678 ", "0084912345678" })
	void everyWayOfTypingAMobileGivesTheTenDigitForm(String typed) {
		assertThat(MobilePhone.normalize(typed)).isEqualTo("0912345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "081",
			"082", "083", "084", "085", "088", "091", "094", "070", "076", "077", "078", "079", "089", "090", "093", "052",
			"056", "058", "092", "059", "099", "087" })
	void everyOperatorPrefixIsAMobile(String prefix) {
		assertThat(MobilePhone.normalize(prefix + "8765432")).isEqualTo(prefix + "8765432");
		assertThat(MobilePhone.normalize("+84" + prefix.substring(1) + "8765432")).isEqualTo(prefix + "8765432");
	}

	@ParameterizedTest
	@ValueSource(strings = { "02373900900", "02373.900.900", "+842373900900", "024 3825 3536", "028 3829 6949" })
	void landlinesAreRefusedForTheMobileField(String landline) {
		assertThatThrownBy(() -> MobilePhone.normalize(landline)).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("landline");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0912345", "091234567890", "0012345678", "0112345678", "+16502530000", "+4930123456",
			"01234567890", "0000000000" })
	void invalidOrForeignNumbersAreRefused(String number) {
		assertThatThrownBy(() -> MobilePhone.normalize(number)).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("valid Vietnamese");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0912abc678", "0912-FLOWER", "0912\n345678", "0912\u0000345678", "phone", "+84 912 345 678 ext 5",
			"++84912345678" })
	void lettersAndOddCharactersAreRefused(String typed) {
		assertThatThrownBy(() -> MobilePhone.normalize(typed)).isInstanceOf(InvalidValue.class);
	}

	@Test
	void reddiNumbersAreMobilesWhereAllocated() {
		assertThat(MobilePhone.normalize("+84 559 876 543")).isEqualTo("0559876543");
	}

	@Test
	void absentIsNull() {
		assertThat(MobilePhone.normalize(null)).isNull();
		assertThat(MobilePhone.normalize("  ")).isNull();
	}

}
