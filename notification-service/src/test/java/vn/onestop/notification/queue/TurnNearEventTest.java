package vn.onestop.notification.queue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TurnNearEventTest {

	private static final JsonMapper JSON = new JsonMapper();

	private static final String CONTRACT = """
			{"ticketId":"6f1c2f0e-6a53-4a2c-9d55-0b3c4d6e7f80","ward":"20242","centerName":"Phường Hải Châu",
			 "number":"A012","peopleAhead":3,"phone":"0901234567","day":"2026-12-08"}""";

	@Test
	void readsThePayloadOfTheContract() {
		TurnNearEvent event = TurnNearEvent.of(JSON.readTree(CONTRACT));

		assertThat(event).isEqualTo(new TurnNearEvent("20242", "Phường Hải Châu", "A012", 3, "0901234567",
				LocalDate.of(2026, 12, 8), true));
		assertThat(event.reference()).isEqualTo("A012/2026-12-08");
		assertThat(event.toString()).doesNotContain("0901234567");
	}

	@Test
	void aConsentFieldMustBeTrue() {
		assertThat(TurnNearEvent.of(JSON.readTree(CONTRACT.replace("}", ",\"smsConsent\":false}"))).consent()).isFalse();
		assertThat(TurnNearEvent.of(JSON.readTree(CONTRACT.replace("}", ",\"smsConsent\":true}"))).consent()).isTrue();
	}

	@Test
	void aMissingPhoneIsEmpty() {
		assertThat(TurnNearEvent.of(JSON.readTree(CONTRACT.replace("\"0901234567\"", "null"))).phone()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"ward\":\"20242\"|\"ward\":\"2024\"|ward", "\"number\":\"A012\"|\"number\":\"A12\"|number",
			"\"peopleAhead\":3|\"peopleAhead\":-1|peopleAhead", "\"peopleAhead\":3|\"peopleAhead\":\"3\"|peopleAhead",
			"\"day\":\"2026-12-08\"|\"day\":\"08/12/2026\"|day", "\"day\":\"2026-12-08\"|\"day\":null|day" })
	void refusesAPayloadItCannotTellNamingTheField(String good, String bad, String field) {
		assertThatIllegalArgumentException().isThrownBy(() -> TurnNearEvent.of(JSON.readTree(CONTRACT.replace(good, bad))))
			.withMessageStartingWith(field);
	}

}
