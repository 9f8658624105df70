package vn.onestop.intake.queue.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.queue.QueueRequests;
import vn.onestop.intake.queue.QueueRows;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /queue/{ward}/statistics from tickets at known times, and the queue's Prometheus series. */
class QueueStatisticsTest extends IntakeContext {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 26);

	private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RefreshingQueueGauges gauges;

	private String ward;

	private QueueRows rows;

	@BeforeEach
	void aWardWithItsQueue() {
		this.ward = freshWard();
		this.rows = new QueueRows(this.db);
		this.client.put().uri("/queue/{ward}/setup", this.ward).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QueueRequests.setup(100)).exchange().expectStatus().isOk();
	}

	@Test
	void figuresPerFieldPerCounterAndInAllFromTheTicketsTimes() {
		ticket("A001", "HO_TICH", "DONE", 1, at(8, 0), at(8, 10), at(8, 11), at(8, 21));
		ticket("A002", "HO_TICH", "DONE", 1, at(8, 5), at(8, 25), at(8, 26), at(8, 46));
		ticket("A003", "HO_TICH", "NO_SHOW", 1, at(8, 6), at(8, 50), null, null);
		ticket("A004", "HO_TICH", "WAITING", null, at(9, 0), null, null, null);
		ticket("DD001", "DAT_DAI", "DONE", 2, at(8, 0), at(8, 30), at(8, 30), at(9, 0));
		ticket("DD002", "DAT_DAI", "NOT_SERVED", null, at(8, 10), null, null, null);
		// another day and another ward count elsewhere
		this.rows.ticket(this.ward, DAY.minusDays(1), "A001", "HO_TICH", "DONE", 1, at(8, 0).minusSeconds(86_400),
				at(8, 0).minusSeconds(80_000), at(8, 0).minusSeconds(80_000), at(8, 0).minusSeconds(70_000));
		this.rows.ticket(freshWard(), DAY, "A001", "HO_TICH", "NO_SHOW", 1, at(8, 0), at(8, 1), null, null);

		Map<String, Object> statistics = statistics(TestTokens.leader(this.ward), "?day=2026-10-26");
		assertThat(statistics.get("day")).isEqualTo("2026-10-26");
		assertThat(statistics.get("fields")).isEqualTo(List.of(
				figures("HO_TICH", "Hộ tịch", 4, 2, 1, 0, 1, 20.0, 39.2, 15.0, 19.0),
				figures("DAT_DAI", "Đất đai", 2, 1, 0, 1, 0, 30.0, 30.0, 30.0, 30.0)));
		assertThat(statistics.get("total")).isEqualTo(figures(null, null, 6, 3, 1, 1, 1, 25.0, 39.8, 20.0, 28.0));
		assertThat(statistics.get("counters")).isEqualTo(List.of(
				Map.of("counter", 1, "served", 2, "serviceMinutesP50", 15.0, "serviceMinutesP90", 19.0),
				Map.of("counter", 2, "served", 1, "serviceMinutesP50", 30.0, "serviceMinutesP90", 30.0)));
		// one no-show among the four tickets called
		assertThat(statistics.get("noShowRate")).isEqualTo(0.25);
		// today is the default; officers and monitors read it too
		assertThat(statistics(TestTokens.officer(this.ward), "")).isEqualTo(statistics);
		assertThat(statistics(TestTokens.monitor(this.ward), "")).isEqualTo(statistics);
	}

	@Test
	void aDayWithoutTicketsHasZerosAndNoTimes() {
		Map<String, Object> statistics = statistics(TestTokens.leader(this.ward), "?day=2026-10-20");
		assertThat(statistics.get("total")).isEqualTo(figures(null, null, 0, 0, 0, 0, 0, null, null, null, null));
		assertThat(statistics.get("counters")).isEqualTo(List.of());
		assertThat(statistics.get("noShowRate")).isNull();
		this.client.get().uri("/queue/{ward}/statistics?day=26/10/2026", this.ward).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("day");
	}

	@Test
	void ticketsIssuedAndPeopleWaitingArePrometheusSeriesTaggedByWardAndFieldOnly() {
		this.clock.set(LocalDateTime.of(2026, 10, 26, 9, 0));
		for (String field : List.of("HO_TICH", "HO_TICH", "DAT_DAI")) {
			as(QueueRequests.kiosk(this.ward)).post().uri("/queue/{ward}/tickets", this.ward)
				.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"field\":\"" + field + "\",\"phone\":\"0901234567\","
						+ "\"smsConsent\":true}")
				.exchange().expectStatus().isCreated();
		}
		this.rows.call(this.ward, DAY, "A001", 1, at(9, 1), false);
		StepVerifier.create(this.gauges.refresh()).expectNextMatches(series -> series > 0).verifyComplete();

		String scrape = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build()
			.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(value(scrape, "onestop_queue_tickets_issued_total", "HO_TICH")).isEqualTo(2.0);
		assertThat(value(scrape, "onestop_queue_tickets_issued_total", "DAT_DAI")).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_queue_people_waiting", "HO_TICH")).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_queue_people_waiting", "DAT_DAI")).isEqualTo(1.0);
		for (String line : scrape.split("\n")) {
			if (line.startsWith("onestop_queue_")) {
				List<String> labels = new ArrayList<>();
				Matcher label = LABEL.matcher(line.substring(0, line.lastIndexOf('}') + 1));
				while (label.find()) {
					labels.add(label.group(1));
				}
				// a histogram's bucket bound (the serving's wait and service times), not a tag
				labels.remove("le");
				// the live stream's gauges (open streams, listening) have no tags of their own: never more than these
				assertThat(labels).as(line).isSubsetOf("application", "field", "instance", "ward");
				if (!line.startsWith("onestop_queue_event_streams") && !line.startsWith("onestop_queue_listener_")) {
					assertThat(labels).as(line).contains("field", "ward");
				}
			}
		}
		assertThat(scrape).doesNotContain("0901234567");
	}

	private double value(String scrape, String name, String field) {
		String prefix = name + "{";
		for (String line : scrape.split("\n")) {
			if (line.startsWith(prefix) && line.contains("ward=\"" + this.ward + "\"")
					&& line.contains("field=\"" + field + "\"")) {
				return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		throw new AssertionError("No " + name + " series for " + this.ward + "/" + field);
	}

	private void ticket(String number, String field, String status, Integer counter, Instant taken, Instant called,
			Instant started, Instant finished) {
		this.rows.ticket(this.ward, DAY, number, field, status, counter, taken, called, started, finished);
	}

	private static Map<String, Object> figures(String field, String name, int issued, int served, int noShow,
			int notServed, int waiting, Double waitP50, Double waitP90, Double serviceP50, Double serviceP90) {
		Map<String, Object> figures = new java.util.LinkedHashMap<>();
		if (field != null) {
			figures.put("field", field);
			figures.put("fieldName", name);
		}
		figures.put("issued", issued);
		figures.put("served", served);
		figures.put("noShow", noShow);
		figures.put("notServed", notServed);
		figures.put("waiting", waiting);
		figures.put("waitMinutesP50", waitP50);
		figures.put("waitMinutesP90", waitP90);
		figures.put("serviceMinutesP50", serviceP50);
		figures.put("serviceMinutesP90", serviceP90);
		return figures;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> statistics(String token, String query) {
		return this.json.readValue(as(token).get().uri("/queue/" + this.ward + "/statistics" + query).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(), Map.class);
	}

	private static Instant at(int hour, int minute) {
		return LocalDateTime.of(2026, 10, 26, hour, minute).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
	}

}
