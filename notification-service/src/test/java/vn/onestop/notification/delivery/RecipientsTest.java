package vn.onestop.notification.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.onestop.notification.channel.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecipientsTest {

	@ParameterizedTest
	@CsvSource({ "0912345678, 0912345678", "'+84 912 345 678', 0912345678", "84912345678, 0912345678",
			"'091.234.5678', 0912345678", "'(091) 234-5678', 0912345678", "' 0386123456 ', 0386123456" })
	void normalisesVietnameseMobiles(String raw, String expected) {
		assertThat(Recipients.normalise(Channel.SMS, raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "091234567", "09123456789", "0012345678", "+1 650 555 0100", "abc", "02373900900" })
	void refusesOtherNumbersWithoutQuotingThem(String raw) {
		assertThatIllegalArgumentException().isThrownBy(() -> Recipients.normalise(Channel.SMS, raw))
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(raw.isBlank() ? "\u0000" : raw));
	}

	@ParameterizedTest
	@CsvSource({ "cong.dan@example.vn, cong.dan@example.vn", "' Cong.Dan@Example.VN ', Cong.Dan@example.vn" })
	void trimsEmailAndLowersTheDomain(String raw, String expected) {
		assertThat(Recipients.normalise(Channel.EMAIL, raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "congdan", "a@b", "a b@example.vn", "a@@example.vn", "@example.vn" })
	void refusesWhatIsNotAnAddress(String raw) {
		assertThatIllegalArgumentException().isThrownBy(() -> Recipients.normalise(Channel.EMAIL, raw));
	}

}
