package vn.onestop.citizen.records;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.privacy.Masking;
import vn.onestop.support.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal ID numbers and phones never reach the log or the metrics unmasked, on success or on error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@ExtendWith(OutputCaptureExtension.class)
class CitizenLogPrivacyTest {

	@Autowired
	private WebTestClient client;

	@Autowired
	private RegisteringCitizen registering;

	@Autowired
	private ApplicationContext context;

	@Test
	void rawIdNumbersAndPhonesAppearInNoLogLineAndNoMetric(CapturedOutput output) {
		String idNumber = CitizenFixtures.maleBorn1987();
		String phone = CitizenFixtures.phone();
		String otherPhone = CitizenFixtures.phone();
		Map<String, Object> body = CitizenFixtures.body("Đặng Văn Tuấn", idNumber, "+84 " + phone.substring(1));

		String id = (String) this.client.post().uri("/citizens").bodyValue(body).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
		this.client.post().uri("/citizens").bodyValue(body).exchange().expectStatus().isEqualTo(409);
		this.client.post().uri("/citizens/lookup").bodyValue(Map.of("idNumber", idNumber)).exchange().expectStatus().isOk();
		this.client.patch().uri("/citizens/{id}", id).header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("phone", otherPhone)).exchange().expectStatus().isOk();
		this.client.patch().uri("/citizens/{id}", id).header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("phone", phone)).exchange().expectStatus().isEqualTo(412);
		this.client.patch().uri("/citizens/{id}", id).header(HttpHeaders.IF_MATCH, "\"2\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("idNumber", idNumber + "0")).exchange()
			.expectStatus().isBadRequest();
		this.client.post().uri("/citizens").bodyValue(Map.of("idNumber", idNumber, "phone", phone, "fullName", 7))
			.exchange().expectStatus().isBadRequest();
		this.client.get().uri("/citizens/{id}/history", id).exchange().expectStatus().isOk();
		this.client.get().uri("/citizens/search?name=Đặng Văn Tuấn").exchange().expectStatus().isOk();
		racingRegistrations(CitizenFixtures.maleBorn1987(), CitizenFixtures.phone(), output);
		// the scrape grows with every endpoint and status the shared context has served (histogram buckets each)
		String metrics = this.client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
			.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(output.getAll()).as("the log was captured").contains("Registered citizen " + id)
			.contains(Masking.mask(idNumber)).contains("POST /citizens");
		assertThat(output.getAll()).doesNotContain(idNumber, phone, phone.substring(1), otherPhone, otherPhone.substring(1));
		assertThat(metrics).contains("http_server_requests").doesNotContain(idNumber, phone.substring(1),
				otherPhone.substring(1));
	}

	/** A registration that raced past the duplicate check meets the unique constraint, whose message holds the number. */
	private void racingRegistrations(String idNumber, String phone, CapturedOutput output) {
		CitizenForm form = new CitizenForm("Đặng Văn Tú", idNumber, "1987-03-04", "MALE", phone, null,
				new CitizenForm.AddressForm(null, CitizenFixtures.HAI_CHAU), null);
		StepVerifier.create(this.registering.register(form, CitizenFixtures.OFFICER)).expectNextCount(1).verifyComplete();
		StepVerifier.create(CitizenTransactionTest.registeringAfterLostRace(this.context).register(form, CitizenFixtures.OFFICER))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ProblemException.class)
				.extracting(e -> ((ProblemException) e).status().value()).isEqualTo(409))
			.verify();
		assertThat(output.getAll()).doesNotContain(idNumber, phone);
	}

}
