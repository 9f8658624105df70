package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification metrics of deploy/prometheus/METRICS.md as Prometheus scrapes them, after events
 * whose messages were sent, retried and given up: the names, the bounded tags, and no personal data.
 */
class MetricsIntegrationTest extends NotificationIntegrationTest {

	private static final String WARD = "31117";

	private static final Pattern SERIES = Pattern.compile("^([a-z0-9_]+)\\{([^}]*)\\} .*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"([^\"]*)\"");

	private static final Set<String> ALLOWED_LABELS = Set.of("application", "instance", "ward", "channel", "status",
			"le");

	private WebTestClient client;

	@Autowired
	void client(WebTestClient client) {
		this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void exportsTheNotificationMetricsWithBoundedTagsAndNoPersonalData() {
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messageId\":\"metrics\"}")));
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).atPriority(1)
			.withRequestBody(containing("0977111333"))
			.willReturn(aResponse().withStatus(502)));
		String sent = "METRICS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String failed = "METRICS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Instant occurredAt = CLOCK.instant().minusSeconds(3);

		deliver(event(sent, occurredAt, "0913111222", "thu.huong@example.vn"));
		deliver(event(failed, occurredAt, "0977111333", null));

		await("the sent messages are counted", () -> {
			String scrape = scrape();
			return series(scrape, "onestop_notifications_messages_total", "channel=\"sms\"", "status=\"sent\"")
					&& series(scrape, "onestop_notifications_messages_total", "channel=\"email\"", "status=\"sent\"");
		});
		await("the given-up SMS is counted", () -> series(scrape(), "onestop_notifications_messages_total",
				"channel=\"sms\"", "status=\"failed\""));
		await("the budget gauge shows the ward", () -> series(scrape(), "onestop_sms_budget_used_ratio"));

		String scrape = scrape();
		assertThat(lines(scrape, "onestop_notifications_event_to_send_seconds_bucket", "channel=\"sms\""))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains("le=\""));
		assertThat(lines(scrape, "onestop_notifications_event_to_send_seconds_count", "channel=\"email\"")).isNotEmpty();
		assertThat(lines(scrape, "onestop_notifications_event_to_send_seconds_sum", "channel=\"sms\"")).singleElement()
			.satisfies(line -> assertThat(value(line)).isGreaterThanOrEqualTo(3.0));
		assertThat(lines(scrape, "onestop_notifications_retries_total", "channel=\"sms\"")).singleElement()
			.satisfies(line -> assertThat(value(line)).isGreaterThanOrEqualTo(5.0));
		assertThat(lines(scrape, "onestop_notifications_messages_total", "ward=\"" + WARD + "\"", "channel=\"sms\"",
				"status=\"failed\"")).singleElement().satisfies(line -> assertThat(value(line)).isEqualTo(1.0));
		assertThat(lines(scrape, "onestop_sms_budget_used_ratio", "ward=\"" + WARD + "\"")).singleElement()
			.satisfies(line -> assertThat(value(line)).isGreaterThan(0.0));
		assertThat(lines(scrape, "resilience4j_circuitbreaker_state", "name=\"sms-http\"", "state=\"closed\"")).isNotEmpty();
		assertThat(lines(scrape, "resilience4j_circuitbreaker_state", "name=\"email-smtp\"", "state=\"closed\"")).isNotEmpty();

		for (String line : lines(scrape, "onestop_")) {
			Matcher series = SERIES.matcher(line);
			assertThat(series.matches()).as(line).isTrue();
			Matcher label = LABEL.matcher(series.group(2));
			while (label.find()) {
				assertThat(ALLOWED_LABELS).as(line).contains(label.group(1));
			}
		}
		assertThat(scrape).doesNotContain(sent, failed, "0913111222", "913111222", "0977111333", "977111333",
				"thu.huong", "example.vn");
	}

	private void deliver(String event) {
		this.client.post().uri("/internal/events").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.service()))
			.contentType(MediaType.APPLICATION_JSON).bodyValue(event)
			.exchange().expectStatus().isAccepted();
	}

	private String scrape() {
		return this.client.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static boolean series(String scrape, String name, String... labels) {
		return !lines(scrape, name, labels).isEmpty();
	}

	private static List<String> lines(String scrape, String name, String... labels) {
		return Arrays.stream(scrape.split("\n"))
			.filter(line -> line.startsWith(name))
			.filter(line -> name.endsWith("_") || line.startsWith(name + "{"))
			.filter(line -> Arrays.stream(labels).allMatch(line::contains))
			.filter(line -> line.contains("ward=\"" + WARD + "\"") || !line.contains("ward=\""))
			.toList();
	}

	private static double value(String line) {
		return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
	}

	private static String event(String dossierCode, Instant occurredAt, String phone, String email) {
		return """
				{"id":"%s","source":"intake-service","aggregateType":"Dossier","aggregateId":"%s",
				 "eventType":"DossierReceived","occurredAt":"%s",
				 "payload":{"dossierCode":"%s","wardCode":"%s","procedure":{"code":"HT-CHUNG-THUC","name":"Chứng thực bản sao"},
				  "appointmentAt":"2026-02-23T09:30:00+07:00",
				  "submitter":{"fullName":"Nguyễn Thị Lan","phone":"%s"%s}}}"""
			.formatted(UUID.randomUUID(), dossierCode, occurredAt, dossierCode, WARD, phone,
					email == null ? "" : ",\"email\":\"" + email + "\"");
	}

}
