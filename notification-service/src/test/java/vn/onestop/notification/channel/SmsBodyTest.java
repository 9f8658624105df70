package vn.onestop.notification.channel;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmsBodyTest {

	private static final Map<String, String> VALUES = Map.of("phone", "0912345678", "text", "Ho so \"A&B\"\nxong\\",
			"brandname", "UBND DHOA", "messageId", "m-1");

	@Test
	void escapesValuesForJson() {
		assertThat(new SmsBody("{\"to\":\"{{phone}}\",\"text\":\"{{ text }}\",\"from\":\"{{brandname}}\"}", "application/json")
			.render(VALUES)).isEqualTo("{\"to\":\"0912345678\",\"text\":\"Ho so \\\"A&B\\\"\\nxong\\\\\",\"from\":\"UBND DHOA\"}");
	}

	@Test
	void urlEncodesValuesForForms() {
		assertThat(new SmsBody("to={{phone}}&msg={{text}}&ref={{messageId}}", "application/x-www-form-urlencoded")
			.render(VALUES)).isEqualTo("to=0912345678&msg=Ho+so+%22A%26B%22%0Axong%5C&ref=m-1");
	}

	@Test
	void leavesPlainTextAsIs() {
		assertThat(new SmsBody("{{brandname}}: {{phone}}", "text/plain").render(VALUES)).isEqualTo("UBND DHOA: 0912345678");
	}

	@Test
	void escapesControlCharacters() {
		assertThat(SmsBody.json("a\u0001b\tc\r")).isEqualTo("a\\u0001b\\tc\\r");
	}

	@Test
	void refusesUnknownPlaceholdersWhenConfigured() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SmsBody("{{recipient}}", "application/json"))
			.withMessageContaining("{{recipient}}");
	}

}
