package vn.onestop.notification.template;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.delivery.NotificationIntegrationTest;
import vn.onestop.notification.delivery.QueueingMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

@SuppressWarnings("unchecked")
class TemplateResourceTest extends NotificationIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Autowired
	private TemplateRepository templates;

	@Autowired
	private QueueingMessage queueing;

	@Test
	void seedsEveryEventOnBothChannelsAndTheCourtesyMessages() {
		List<Template> all = this.templates.findCurrent(null, null).collectList().block(Duration.ofSeconds(10));

		assertThat(all).hasSize(19);
		for (String event : List.of("DossierReceived", "SupplementRequested", "Refused", "ResultReady", "Returned",
				"ApologyIssued")) {
			assertThat(all).filteredOn(t -> t.eventType().equals(event) && t.kind() == TemplateKind.NOTICE)
				.extracting(Template::channel)
				.containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
		}
		assertThat(all).filteredOn(t -> t.kind() == TemplateKind.COURTESY)
			.extracting(Template::procedureGroup)
			.containsOnly("BIRTH", "MARRIAGE", "DEATH")
			.hasSize(6);
		assertThat(all).filteredOn(t -> "BIRTH".equals(t.procedureGroup()) || "MARRIAGE".equals(t.procedureGroup()))
			.allSatisfy(t -> assertThat(t.content().body()).contains("Chúc mừng"));
		assertThat(all).filteredOn(t -> "DEATH".equals(t.procedureGroup()))
			.allSatisfy(t -> assertThat(t.content().body()).contains("Thành kính chia buồn"));
		assertThat(all).allSatisfy(t -> assertThatCode(() -> t.content().validate(t.channel())).doesNotThrowAnyException());
	}

	@Test
	void listsTemplatesFilteredByEventAndChannel() {
		this.client.get().uri("/templates?eventType=Returned&channel=SMS").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(4)
			.jsonPath("$[?(@.id == 'returned-sms')].placeholders[0]").isEqualTo("wardName")
			.jsonPath("$[?(@.id == 'returned-sms')].worstCaseSegments").isEqualTo(1);
	}

	@Test
	void listsTheQueueTurnNearSmsOfOneSegmentWithoutAnEmail() {
		this.client.get().uri("/templates?eventType=QueueTurnNear").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].id").isEqualTo("queue-turn-near-sms")
			.jsonPath("$[0].channel").isEqualTo("SMS")
			.jsonPath("$[0].kind").isEqualTo("NOTICE")
			.jsonPath("$[0].maxSegments").isEqualTo(1)
			.jsonPath("$[0].worstCaseSegments").isEqualTo(1)
			.jsonPath("$[0].placeholders").isEqualTo(List.of("ticketNumber", "wardName", "turn"));
		this.client.post().uri("/templates/queue-turn-near-sms/preview").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("values", Map.of("ticketNumber", "A012", "wardName", "Phường Hải Châu", "turn",
					"còn 3 người trước bạn")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.sms.folded.text").isEqualTo("Sap den luot so A012 tai Phuong Hai Chau: con 3 nguoi truoc ban. "
					+ "Moi ong/ba co mat tai khu vuc cho de kip len quay.")
			.jsonPath("$.sms.folded.segments").isEqualTo(1);
	}

	@Test
	void previewsAnSmsWithFoldedTextAndSegments() {
		this.client.post().uri("/templates/supplement-requested-sms/preview").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("values", Map.of("wardName", "Phường Đông Hòa", "dossierCode", "000.00.12.H29-250701-0001",
					"missingItems", "Bản sao giấy chứng nhận kết hôn")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.subject").doesNotExist()
			.jsonPath("$.body").isEqualTo("Phường Đông Hòa: Hồ sơ 000.00.12.H29-250701-0001 cần bổ sung: Bản sao giấy "
					+ "chứng nhận kết hôn. Đề nghị ông/bà bổ sung để tiếp tục giải quyết.")
			.jsonPath("$.sms.original.encoding").isEqualTo("UCS_2")
			.jsonPath("$.sms.original.segments").isEqualTo(3)
			.jsonPath("$.sms.folded.text").isEqualTo("Phuong Dong Hoa: Ho so 000.00.12.H29-250701-0001 can bo sung: Ban sao "
					+ "giay chung nhan ket hon. De nghi ong/ba bo sung de tiep tuc giai quyet.")
			.jsonPath("$.sms.folded.encoding").isEqualTo("GSM_7")
			.jsonPath("$.sms.folded.segments").isEqualTo(1);
	}

	@Test
	void previewsAnEmailWithSubject() {
		this.client.post().uri("/templates/returned-birth-courtesy-email/preview").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("values", Map.of("wardName", "Phường Đông Hòa", "citizenName", "Trần Văn Đức")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.subject").isEqualTo("Chúc mừng gia đình đón thành viên mới")
			.jsonPath("$.body").value(body -> assertThat((String) body).startsWith("Kính gửi ông/bà Trần Văn Đức,"))
			.jsonPath("$.sms").doesNotExist();
	}

	@Test
	void namesEveryMissingValueOfAPreview() {
		this.client.post().uri("/templates/dossier-received-sms/preview").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("values", Map.of("wardName", "Phường Đông Hòa")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:validation")
			.jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
				.containsExactlyInAnyOrder("values.dossierCode", "values.appointment"));
	}

	@Test
	void savesANewVersionWhichLaterMessagesRecord() {
		String body = "{{wardName}}: Hồ sơ {{dossierCode}} không đủ điều kiện giải quyết. Xin liên hệ Bộ phận Một cửa.";
		this.client.put().uri("/templates/refused-sms").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", body, "maxSegments", 1))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.version").isEqualTo(2)
			.jsonPath("$.body").isEqualTo(body);

		this.client.get().uri("/templates/refused-sms").exchange().expectBody().jsonPath("$.version").isEqualTo(2);
		this.client.post().uri("/templates/refused-sms/preview").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("version", 1, "values", Map.of("wardName", "Phường A", "dossierCode", "X-1")))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.body").value(text -> assertThat((String) text).contains("văn bản trả lời"));
		QueueingMessage.QueuedMessage queued = this.queueing
			.queue(new QueueingMessage.Request(null, "Refused", Channel.SMS, null, "REFUSED-" + UUID.randomUUID(),
					"26734", "0912345678", Map.of("wardName", "Phường A", "dossierCode", "X-1")))
			.single()
			.block(Duration.ofSeconds(10));
		assertThat(queued.templateId()).isEqualTo("refused-sms");
		assertThat(queued.templateVersion()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void refusesUnknownPlaceholders() {
		this.client.put().uri("/templates/returned-sms").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Hồ sơ {{dossierCode}} của {{citizenPhone}}", "maxSegments", 2))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("body")
			.jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
				.contains("unknown placeholder {{citizenPhone}}"));
	}

	@Test
	void refusesAnSmsThatCouldExceedItsSegments() {
		this.client.put().uri("/templates/returned-sms").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Hồ sơ {{dossierCode}} ({{procedureName}}) đã trả kết quả.", "maxSegments", 1))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:sms-too-long");
		this.client.get().uri("/templates/returned-sms").exchange().expectBody().jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void keepsTheQueueTurnNearSmsToOneSegment() {
		String body = "Sắp đến lượt số {{ticketNumber}} tại {{wardName}}: {{turn}}. Mời ông/bà có mặt tại khu vực chờ.";
		this.client.put().uri("/templates/queue-turn-near-sms").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", body, "maxSegments", 2))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("maxSegments")
			.jsonPath("$.errors[0].message").isEqualTo("is at most 1 for QueueTurnNear SMS");
		this.client.put().uri("/templates/queue-turn-near-sms").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", body + " Khi được gọi, mời ông/bà mang theo giấy tờ tùy thân và số thứ tự đến quầy.",
					"maxSegments", 1))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:sms-too-long");
		this.client.get().uri("/templates/queue-turn-near-sms").exchange().expectBody().jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void requiresASubjectForEmailAndAnswersUnknownTemplatesWithNotFound() {
		this.client.put().uri("/templates/returned-email").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Hồ sơ {{dossierCode}}"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("subject");
		this.client.get().uri("/templates/no-such-template").exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:template-not-found");
	}

}
