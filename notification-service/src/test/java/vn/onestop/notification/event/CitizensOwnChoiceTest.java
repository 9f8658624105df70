package vn.onestop.notification.event;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.notification.delivery.NotificationIntegrationTest;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's own choice on their record, heard through citizen-service's events on the inbox, wins over
 * the contact the dossier's event carries; a citizen who never chose is still told about their dossiers.
 */
class CitizensOwnChoiceTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String SERVICE = TestTokens.bearer(TestTokens.service());

	private static final String SNAPSHOT_PHONE = "0912111222";

	private static final String SNAPSHOT_EMAIL = "snapshot@example.vn";

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	private final UUID citizen = UUID.randomUUID();

	@BeforeEach
	void acceptEverySms() {
		SMS_PROVIDER.resetAll();
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"" + UUID.randomUUID() + "\"}")));
	}

	@Test
	void aCitizenWhoseRecordSaysNoneGetsNothingForADossierFiledAMinuteLater() {
		send(citizenEvent("CitizenRegistered", 1, "NONE", false, SNAPSHOT_PHONE, SNAPSHOT_EMAIL));

		String dossier = send(dossierEvent("DossierReceived", "SMS"));

		assertThat(recipients(dossier)).isEmpty();
	}

	@Test
	void optingOutStopsEverySmsAndEmailForTheCitizensDossiers() {
		send(citizenEvent("CitizenRegistered", 1, "SMS", true, SNAPSHOT_PHONE, SNAPSHOT_EMAIL));
		String before = send(dossierEvent("DossierReceived", null));
		assertThat(recipients(before)).containsExactly(SNAPSHOT_PHONE);
		await("the notice before opting out is sent", () -> sent(before) == 1);

		send(citizenEvent("CitizenUpdated", 2, "NONE", false, SNAPSHOT_PHONE, SNAPSHOT_EMAIL));
		String received = send(dossierEvent("DossierReceived", null));
		String returned = send(dossierEvent("Returned", null));

		assertThat(recipients(received)).isEmpty();
		assertThat(recipients(returned)).isEmpty();
		assertThat(SMS_PROVIDER.findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(containing(received)))).isEmpty();
		assertThat(emailsAbout(received)).isZero();
	}

	@Test
	void withdrawingConsentStopsTheNoticesToo() {
		send(citizenEvent("CitizenRegistered", 1, "EMAIL", true, null, SNAPSHOT_EMAIL));
		send(citizenEvent("CitizenUpdated", 2, "EMAIL", false, null, SNAPSHOT_EMAIL));

		assertThat(recipients(send(dossierEvent("DossierReceived", null)))).isEmpty();
	}

	@Test
	void aNewPhoneNumberReceivesTheNextNotice() {
		send(citizenEvent("CitizenRegistered", 1, "SMS", true, SNAPSHOT_PHONE, null));
		String first = send(dossierEvent("DossierReceived", null));
		send(citizenEvent("CitizenUpdated", 2, "SMS", true, "0988777666", null));
		String next = send(dossierEvent("SupplementRequested", null));

		assertThat(recipients(first)).containsExactly(SNAPSHOT_PHONE);
		assertThat(recipients(next)).containsExactly("0988777666");
		await("the next notice is sent", () -> sent(next) == 1);
		assertThat(SMS_PROVIDER.findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(containing(next))))
			.singleElement()
			.satisfies(request -> assertThat(request.getBodyAsString()).contains("\"to\":\"0988777666\""));
	}

	@Test
	void aCitizenWhoNeverChoseStillGetsTheReceivedNoticeButNoCourtesyMessage() {
		send(citizenEvent("CitizenRegistered", 1, "NOT_CHOSEN", false, "0977000111", null));

		String received = send(dossierEvent("DossierReceived", null));
		String death = send(dossierEvent("Returned", null, "HT-KHAI-TU"));

		assertThat(recipients(received)).containsExactlyInAnyOrder(SNAPSHOT_PHONE, SNAPSHOT_EMAIL);
		await("the received notices are sent", () -> sent(received) == 2);
		assertThat(templates(death)).containsExactlyInAnyOrder("returned-sms", "returned-email");
	}

	@Test
	void anOlderCitizenEventArrivingAfterANewerOneChangesNothing() {
		send(citizenEvent("CitizenUpdated", 3, "NONE", false, SNAPSHOT_PHONE, SNAPSHOT_EMAIL));
		send(citizenEvent("CitizenRegistered", 1, "SMS", true, SNAPSHOT_PHONE, SNAPSHOT_EMAIL));
		send(citizenEvent("CitizenUpdated", 2, "EMAIL", true, SNAPSHOT_PHONE, SNAPSHOT_EMAIL));

		assertThat(this.database.sql("select version, preference from citizen_choice where citizen_id = :id")
			.bind("id", this.citizen)
			.map(row -> row.get("version", Long.class) + " " + row.get("preference", String.class))
			.one()
			.block(TIMEOUT)).isEqualTo("3 NONE");
		assertThat(recipients(send(dossierEvent("DossierReceived", null)))).isEmpty();
	}

	@Test
	void aCitizenEventWithoutTheContactKeepsTheContactHeld() {
		send(citizenEvent("CitizenRegistered", 1, "SMS", true, "0966555444", null));
		send("""
				{"id":"%s","source":"citizen-service","aggregateType":"Citizen","aggregateId":"%s","eventType":"CitizenUpdated",
				 "payload":{"citizenId":"%s","version":2,"changedFields":["address.wardCode"],"wardCode":"99001","active":true}}"""
			.formatted(UUID.randomUUID(), this.citizen, this.citizen));

		assertThat(recipients(send(dossierEvent("DossierReceived", null)))).containsExactly("0966555444");
	}

	@Test
	void aDossierEventArrivingBeforeTheCitizensFirstEventIsToldAsTheDossierSays() {
		String dossier = send(dossierEvent("DossierReceived", null));
		send(citizenEvent("CitizenRegistered", 1, "NONE", false, null, null));

		assertThat(recipients(dossier)).containsExactlyInAnyOrder(SNAPSHOT_PHONE, SNAPSHOT_EMAIL);
	}

	@Test
	void aDeactivatedRecordNoLongerDecides() {
		send(citizenEvent("CitizenRegistered", 1, "NONE", false, null, null));
		send("""
				{"id":"%s","source":"citizen-service","aggregateType":"Citizen","aggregateId":"%s","eventType":"CitizenDeactivated",
				 "payload":{"citizenId":"%s","version":2,"changedFields":["active"],"wardCode":"20242","active":false,
				  "contact":{"phone":null,"email":null},"preferences":{"channel":"NONE","consent":false}}}"""
			.formatted(UUID.randomUUID(), this.citizen, this.citizen));

		assertThat(recipients(send(dossierEvent("DossierReceived", null)))).containsExactlyInAnyOrder(SNAPSHOT_PHONE,
				SNAPSHOT_EMAIL);
	}

	private String citizenEvent(String type, long version, String channel, boolean consent, String phone, String email) {
		return """
				{"id":"%s","source":"citizen-service","aggregateType":"Citizen","aggregateId":"%s","eventType":"%s",
				 "occurredAt":"2026-02-12T02:29:00Z",
				 "payload":{"citizenId":"%s","version":%d,"changedFields":["preferences.channel"],"wardCode":"20242",
				  "active":true,"contact":{"phone":%s,"email":%s},"preferences":{"channel":"%s","consent":%s}}}"""
			.formatted(UUID.randomUUID(), this.citizen, type, this.citizen, version, json(phone), json(email), channel,
					consent);
	}

	private String dossierEvent(String type, String preference) {
		return dossierEvent(type, preference, "HT-CHUNG-THUC");
	}

	/** The dossier's event, with the contact given at the counter; its code is unique to the event. */
	private String dossierEvent(String type, String preference, String procedure) {
		String code = "CHOICE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return """
				{"id":"%s","source":"intake-service","aggregateType":"Dossier","aggregateId":"%s","eventType":"%s",
				 "occurredAt":"2026-02-12T02:30:00Z",
				 "payload":{"dossierCode":"%s","wardCode":"20242","procedure":{"code":"%s","name":"Thủ tục"},
				  "appointmentAt":"2026-02-23T09:30:00+07:00","missingItems":["Tờ khai"],"reason":"lý do",
				  "newAppointmentAt":"2026-02-24T09:30:00+07:00",
				  "submitter":{"fullName":"Nguyễn Thị Lan","phone":"%s","email":"%s","notificationPreference":%s,
				   "citizenId":"%s"}}}"""
			.formatted(UUID.randomUUID(), code, type, code, procedure, SNAPSHOT_PHONE, SNAPSHOT_EMAIL, json(preference),
					this.citizen);
	}

	/** Sends an event to the inbox; for a dossier event, returns its dossier code. */
	private String send(String event) {
		this.client.post().uri("/internal/events")
			.header(HttpHeaders.AUTHORIZATION, SERVICE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(event)
			.exchange()
			.expectStatus().isAccepted();
		int at = event.indexOf("\"dossierCode\":\"");
		return at < 0 ? null : event.substring(at + 15, event.indexOf('"', at + 15));
	}

	private List<String> recipients(String dossier) {
		return this.database.sql("select recipient from message where dossier_code = :code and template_id not like '%courtesy%'")
			.bind("code", dossier)
			.map(row -> row.get("recipient", String.class))
			.all()
			.collectList()
			.block(TIMEOUT);
	}

	private List<String> templates(String dossier) {
		return this.database.sql("select template_id from message where dossier_code = :code")
			.bind("code", dossier)
			.map(row -> row.get("template_id", String.class))
			.all()
			.collectList()
			.block(TIMEOUT);
	}

	private long sent(String dossier) {
		return this.database.sql("select count(*) from message where dossier_code = :code and status = 'SENT'")
			.bind("code", dossier)
			.map(row -> row.get(0, Long.class))
			.one()
			.block(TIMEOUT);
	}

	private static long emailsAbout(String dossier) {
		return List.of(SMTP_SERVER.getReceivedMessages()).stream().filter(message -> {
			try {
				return message.getSubject().contains(dossier);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).count();
	}

	private static String json(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

}
