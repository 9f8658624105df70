package vn.onestop.notification.sms;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

@SpringBootTest(webEnvironment = RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s") // generous: the first request of a context is slow on a busy machine
class SmsPreviewResourceTest {

	@Autowired
	private WebTestClient client;

	@Test
	void previewsAVietnameseNoticeAccentedAndFolded() {
		preview(Map.of("text", Normalizer.normalize(SmsPreviewTest.NOTICE, Normalizer.Form.NFD)))
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.original.text").isEqualTo(SmsPreviewTest.NOTICE)
			.jsonPath("$.original.encoding").isEqualTo("UCS_2")
			.jsonPath("$.original.units").isEqualTo(188)
			.jsonPath("$.original.segments").isEqualTo(3)
			.jsonPath("$.folded.text").isEqualTo(SmsPreviewTest.FOLDED_NOTICE)
			.jsonPath("$.folded.encoding").isEqualTo("GSM_7")
			.jsonPath("$.folded.units").isEqualTo(188)
			.jsonPath("$.folded.segments").isEqualTo(2);
	}

	@Test
	void refusesABlankTextNamingTheField() {
		preview(Map.of("text", "   "))
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:validation")
			.jsonPath("$.errors[0].field").isEqualTo("text");
	}

	@Test
	void refusesAMissingText() {
		preview(Map.of())
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("text");
	}

	@Test
	void refusesATextLongerThan2000Characters() {
		preview(Map.of("text", "a".repeat(SmsPreviewRequest.MAX_TEXT_LENGTH + 1)))
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("text");
		preview(Map.of("text", "a".repeat(SmsPreviewRequest.MAX_TEXT_LENGTH)))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.folded.segments").isEqualTo(14);
	}

	@Test
	void refusesMalformedJson() {
		preview("{\"text\": \"Hồ sơ")
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:malformed-body");
	}

	@Test
	void refusesPlainText() {
		this.client.post()
			.uri("/sms/preview")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("Hồ sơ")
			.exchange()
			.expectStatus().isEqualTo(415)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:unsupported-media-type");
	}

	@Test
	void documentsTheOperation() {
		this.client.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/sms/preview'].post.tags[0]").isEqualTo("SMS")
			.jsonPath("$.paths['/sms/preview'].post.requestBody.content['application/json']").exists();
	}

	private WebTestClient.ResponseSpec preview(Object body) {
		return this.client.post()
			.uri("/sms/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
