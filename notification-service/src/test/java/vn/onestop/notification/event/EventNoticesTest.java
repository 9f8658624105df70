package vn.onestop.notification.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.delivery.QueueingMessage;

import static org.assertj.core.api.Assertions.assertThat;
import vn.onestop.support.inbox.IncomingEvent;

class EventNoticesTest {

	private final EventNotices notices = new EventNotices();

	@Test
	void tellsTheSubmitterOfAReceivedDossierBySmsAndEmailWithTheValuesTheTemplatesNeed() {
		List<QueueingMessage.Request> requests = this.notices.requestsFor(event("DossierReceived", "null", "HT-CHUNG-THUC"));

		assertThat(requests).extracting(QueueingMessage.Request::channel).containsExactly(Channel.SMS, Channel.EMAIL);
		assertThat(requests).extracting(QueueingMessage.Request::recipient).containsExactly("0912345678", "lan@example.vn");
		QueueingMessage.Request sms = requests.get(0);
		assertThat(sms.dossierCode()).isEqualTo("20242-260212-0001");
		assertThat(sms.wardCode()).isEqualTo("20242");
		assertThat(sms.eventType()).isEqualTo("DossierReceived");
		assertThat(sms.values()).containsEntry("dossierCode", "20242-260212-0001")
			.containsEntry("citizenName", "Nguyễn Thị Lan")
			.containsEntry("procedureName", "Chứng thực bản sao từ bản chính")
			.containsEntry("appointment", "09:30 23/02/2026")
			.containsEntry("wardName", EventNotices.DEFAULT_WARD_NAME);
	}

	@Test
	void carriesWhenTheEventOccurredForTheEventToSendLatency() {
		IncomingEvent event = event("DossierReceived", "null", "HT-CHUNG-THUC");

		assertThat(this.notices.requestsFor(event)).extracting(QueueingMessage.Request::occurredAt)
			.containsExactly(event.occurredAt(), event.occurredAt());
	}

	@Test
	void honoursThePreferenceOfTheSubmitter() {
		assertThat(this.notices.requestsFor(event("DossierReceived", "\"SMS\"", "X"))).extracting(QueueingMessage.Request::channel)
			.containsExactly(Channel.SMS);
		assertThat(this.notices.requestsFor(event("DossierReceived", "\"EMAIL\"", "X")))
			.extracting(QueueingMessage.Request::channel)
			.containsExactly(Channel.EMAIL);
		assertThat(this.notices.requestsFor(event("DossierReceived", "\"NONE\"", "X"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "HT-KHAI-SINH:BIRTH", "HT-KET-HON:MARRIAGE", "HT-KHAI-TU:DEATH", "HT-CHUNG-THUC:null" })
	void namesTheProcedureGroupSoReturnedResultsCanCarryACourtesyMessage(String codeAndGroup) {
		String[] parts = codeAndGroup.split(":");
		String expected = "null".equals(parts[1]) ? null : parts[1];

		assertThat(this.notices.requestsFor(event("Returned", "null", parts[0]))).extracting(QueueingMessage.Request::procedureGroup)
			.containsOnly(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "WardsMerged", "CitizenChanged", "SomethingNew" })
	void tellsNobodyAboutEventsThatConcernNoSubmitter(String type) {
		assertThat(this.notices.requestsFor(event(type, "null", "X"))).isEmpty();
	}

	@Test
	void carriesMissingItemsApologyReasonAndNewDate() {
		IncomingEvent apology = new IncomingEvent(UUID.randomUUID(), "intake-service", "Dossier", "C", "ApologyIssued",
				Instant.now(), json("""
						{"dossierCode":"C","wardCode":"20242","reason":"cần xác minh","newAppointmentAt":"2026-03-02T08:00:00+07:00",
						 "missingItems":["Tờ khai","Bản sao CCCD"],
						 "submitter":{"fullName":"A","phone":"0912345678"}}"""));

		assertThat(this.notices.requestsFor(apology)).singleElement().satisfies(request -> assertThat(request.values())
			.containsEntry("apologyReason", "cần xác minh")
			.containsEntry("newDate", "08:00 02/03/2026")
			.containsEntry("missingItems", "Tờ khai; Bản sao CCCD"));
	}

	@Test
	void leavesOutValuesItCannotRead() {
		IncomingEvent garbled = new IncomingEvent(UUID.randomUUID(), "intake-service", "Dossier", "C", "DossierReceived",
				Instant.now(), json("{\"dossierCode\":\"C\",\"wardCode\":\"1\",\"appointmentAt\":\"tomorrow\","
						+ "\"submitter\":{\"phone\":\"0912345678\",\"fullName\":{\"nested\":true}}}"));

		assertThat(this.notices.requestsFor(garbled)).singleElement()
			.satisfies(request -> assertThat(request.values()).doesNotContainKeys("appointment", "citizenName"));
	}

	private static IncomingEvent event(String type, String preference, String procedureCode) {
		return new IncomingEvent(UUID.randomUUID(), "intake-service", "Dossier", "20242-260212-0001", type, Instant.now(), json("""
				{"dossierCode":"20242-260212-0001","wardCode":"20242","agencyCode":"20242",
				 "procedure":{"code":"%s","name":"Chứng thực bản sao từ bản chính","version":1},
				 "channel":"IN_PERSON","status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},
				 "receivedAt":"2026-02-12T09:30:00+07:00","appointmentAt":"2026-02-23T02:30:00Z",
				 "submitter":{"fullName":"Nguyễn Thị Lan","phone":"0912345678","email":"lan@example.vn",
				              "notificationPreference":%s}}""".formatted(procedureCode, preference)));
	}

	private static tools.jackson.databind.JsonNode json(String text) {
		return new JsonMapper().readTree(text);
	}

}
