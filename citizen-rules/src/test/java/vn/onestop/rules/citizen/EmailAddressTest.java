package vn.onestop.rules.citizen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

	@ParameterizedTest
	@ValueSource(strings = { "dung.nguyen@example.vn", "a+tag@mail.gov.vn", "x_y-z@sub-domain.example.com", "o'neil@ex.io" })
	void ordinaryAddressesAreKept(String address) {
		assertThat(EmailAddress.normalize(address)).isEqualTo(address);
	}

	@Test
	void domainIsLowerCasedAndSpacesTrimmed() {
		assertThat(EmailAddress.normalize("  Dung.Nguyen@Example.VN ")).isEqualTo("Dung.Nguyen@example.vn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "@example.vn", "a@", "a@b", "a@@b.vn", "a b@example.vn", "a@exa mple.vn", "a..b@example.vn",
			".a@example.vn", "a@-example.vn", "a@example.vn.", "dũng@example.vn", "a@exam\nple.vn", "a@example.v\u0000n",
			"a@example..vn", "a@example.123" })
	void malformedAddressesAreRefused(String address) {
		assertThatThrownBy(() -> EmailAddress.normalize(address)).isInstanceOf(InvalidValue.class);
	}

	@Test
	void overlongAddressesAreRefused() {
		assertThatThrownBy(() -> EmailAddress.normalize("a".repeat(65) + "@example.vn")).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> EmailAddress.normalize("a@" + "b".repeat(250) + ".vn")).isInstanceOf(InvalidValue.class);
	}

	@Test
	void absentIsNull() {
		assertThat(EmailAddress.normalize(null)).isNull();
		assertThat(EmailAddress.normalize(" ")).isNull();
	}

}
