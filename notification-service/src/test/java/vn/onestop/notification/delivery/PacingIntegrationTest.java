package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.pacing.SmsBudgetUsage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quiet hours and the daily SMS budget, with the application's clock moved: a courtesy message
 * queued at 22:00 waits until 07:00 while the notice goes at once; a ward past its budget still
 * gets its notices, and its courtesy messages the next morning.
 */
class PacingIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String SMALL_BUDGET_WARD = "79999";

	@Autowired
	private QueueingMessage queueing;

	@Autowired
	private MessageRepository messages;

	@Autowired
	private SmsBudgetUsage usage;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private DatabaseClient database;

	@BeforeEach
	void healthyProvider() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"pacing\"}")));
	}

	@Test
	void aCourtesyMessageQueuedAtTenInTheEveningWaitsUntilSevenWhileTheNoticeGoesAtOnce() {
		LocalDate day = CLOCK.today().plusDays(10);
		LocalDateTime sevenNextMorning = day.plusDays(1).atTime(7, 0);
		CLOCK.travelTo(day.atTime(22, 0));
		String dossier = dossier("QUIET");

		List<QueueingMessage.QueuedMessage> queued = queueReturnedBirth(dossier, "26734", "0912000001");
		UUID notice = queued.get(0).id();
		UUID courtesy = queued.get(1).id();

		await("the notice is sent at once", () -> find(notice).status() == MessageStatus.SENT);
		assertThat(find(notice).sentAt()).isBefore(vietnam(day.atTime(22, 1)));
		Message held = find(courtesy);
		assertThat(held.urgent()).isFalse();
		assertThat(held.status()).isEqualTo(MessageStatus.CREATED);
		assertThat(held.nextAttemptAt()).isEqualTo(vietnam(sevenNextMorning));

		CLOCK.travelTo(day.plusDays(1).atTime(6, 59));
		UUID early = queueReceived(dossier("EARLY"), "26734", "0912000002");
		await("an urgent message at 06:59 is sent", () -> find(early).status() == MessageStatus.SENT);
		assertThat(find(courtesy).status()).isEqualTo(MessageStatus.CREATED);
		assertThat(providerRequestsAbout(courtesy)).isZero();

		CLOCK.travelTo(sevenNextMorning);
		await("the courtesy message is sent at 07:00", () -> find(courtesy).status() == MessageStatus.SENT);
		Message sent = find(courtesy);
		assertThat(sent.sentAt()).isAfterOrEqualTo(vietnam(sevenNextMorning));
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(providerRequestsAbout(courtesy)).isEqualTo(1);
	}

	@Test
	void aNonUrgentMessageThatFallsDueInTheQuietHoursIsHeldWhenClaimed() {
		LocalDate day = CLOCK.today().plusDays(12);
		CLOCK.travelTo(day.atTime(23, 30));
		List<QueueingMessage.QueuedMessage> queued = queueReturnedBirth(dossier("CLAIMED"), "26734", "0912000003");
		UUID courtesy = queued.get(1).id();
		await("the notice is sent", () -> find(queued.get(0).id()).status() == MessageStatus.SENT);

		this.database.sql("update message set next_attempt_at = :due where id = :id")
			.bind("due", CLOCK.instant().minusSeconds(1).atOffset(ZoneOffset.UTC))
			.bind("id", courtesy)
			.then()
			.block(TIMEOUT);

		await("the dispatcher claims it and puts it back until 07:00",
				() -> find(courtesy).nextAttemptAt().equals(vietnam(day.plusDays(1).atTime(7, 0))));
		Message held = find(courtesy);
		assertThat(held.status()).isEqualTo(MessageStatus.CREATED);
		assertThat(held.attempts()).isZero();
		assertThat(this.messages.attempts(courtesy).collectList().block(TIMEOUT)).isEmpty();
		assertThat(providerRequestsAbout(courtesy)).isZero();
	}

	@Test
	void aWardPastItsDailyBudgetStillGetsNoticesAndItsCourtesyMessagesTheNextMorning() {
		LocalDate day = CLOCK.today().plusDays(20);
		CLOCK.travelTo(day.atTime(LocalTime.of(10, 0)));
		for (int i = 1; i <= 4; i++) {
			UUID id = queueReceived(dossier("BUDGET"), SMALL_BUDGET_WARD, "091200010" + i);
			await("urgent SMS " + id + " is sent", () -> find(id).status() == MessageStatus.SENT);
		}
		assertThat(used(day)).isEqualTo(4);
		await("the budget gauge shows 80 %", () -> ratio() == 0.8);

		UUID fifth = queueReceived(dossier("BUDGET"), SMALL_BUDGET_WARD, "0912000105");
		await("the fifth is sent", () -> find(fifth).status() == MessageStatus.SENT);
		await("the budget gauge shows 100 %", () -> ratio() == 1.0);

		List<QueueingMessage.QueuedMessage> queued = queueReturnedBirth(dossier("OVER"), SMALL_BUDGET_WARD, "0912000106");
		UUID notice = queued.get(0).id();
		UUID courtesy = queued.get(1).id();
		await("the notice goes beyond the budget", () -> find(notice).status() == MessageStatus.SENT);
		await("the courtesy message waits for 07:00 the next day",
				() -> find(courtesy).nextAttemptAt().equals(vietnam(day.plusDays(1).atTime(7, 0))));
		assertThat(find(courtesy).status()).isEqualTo(MessageStatus.CREATED);
		assertThat(providerRequestsAbout(courtesy)).isZero();
		assertThat(used(day)).isEqualTo(6);
		await("the budget gauge shows the overrun", () -> ratio() == 1.2);

		CLOCK.travelTo(day.plusDays(1).atTime(7, 0));
		await("the courtesy message goes the next morning", () -> find(courtesy).status() == MessageStatus.SENT);
		assertThat(used(day)).isEqualTo(6);
		assertThat(used(day.plusDays(1))).isEqualTo(find(courtesy).smsSegments());
		await("the gauge starts the new day", () -> ratio() == 0.2);
	}

	private List<QueueingMessage.QueuedMessage> queueReturnedBirth(String dossier, String ward, String phone) {
		List<QueueingMessage.QueuedMessage> queued = this.queueing
			.queue(new QueueingMessage.Request(null, "Returned", Channel.SMS, "BIRTH", dossier, ward, phone, values(dossier)))
			.collectList()
			.block(TIMEOUT);
		assertThat(queued).extracting(QueueingMessage.QueuedMessage::templateId)
			.containsExactly("returned-sms", "returned-birth-courtesy-sms");
		return queued;
	}

	private UUID queueReceived(String dossier, String ward, String phone) {
		return this.queueing
			.queue(new QueueingMessage.Request(null, "DossierReceived", Channel.SMS, null, dossier, ward, phone,
					values(dossier)))
			.single()
			.block(TIMEOUT)
			.id();
	}

	private static Map<String, String> values(String dossier) {
		return Map.of("dossierCode", dossier, "wardName", "Phường Đông Hòa", "appointment", "16:30 08/07/2025",
				"citizenName", "Nguyễn Thị Thu Hương", "procedureName", "Đăng ký khai sinh");
	}

	private Message find(UUID id) {
		return this.messages.find(id).block(TIMEOUT);
	}

	private long used(LocalDate day) {
		return this.usage.usedOn(SMALL_BUDGET_WARD, day).block(TIMEOUT);
	}

	private double ratio() {
		Gauge gauge = this.registry.find("onestop.sms.budget.used.ratio").tag("ward", SMALL_BUDGET_WARD).gauge();
		return gauge == null ? -1 : Math.round(gauge.value() * 100) / 100.0;
	}

	private static int providerRequestsAbout(UUID id) {
		return SMS_PROVIDER.findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(containing(id.toString()))).size();
	}

	private static String dossier(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static Instant vietnam(LocalDateTime local) {
		return local.atZone(MovableClock.VIETNAM).toInstant();
	}

}
