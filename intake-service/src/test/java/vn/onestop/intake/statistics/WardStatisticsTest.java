package vn.onestop.intake.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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
import vn.onestop.intake.dossier.Requests;

/**
 * Line 7: a ward's statistics from dossiers received through POST /dossiers on Monday 26 October 2026
 * 09:30 and moved on by SQL, exact to the percent; another ward's dossiers never counted; the same open
 * counts as Prometheus gauges tagged only by ward and field.
 */
class WardStatisticsTest extends IntakeContext {

	private static final Pattern LABEL = Pattern.compile("(\\w+)=\"");

	private static final List<String> OURS = List.of("onestop_dossiers_received_total", "onestop_dossiers_in_progress",
			"onestop_dossiers_near_due", "onestop_dossiers_overdue");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private RefreshingDossierGauges gauges;

	private String ward;

	private String otherWard;

	@BeforeEach
	void seed() {
		this.ward = freshWard();
		this.otherWard = freshWard();
		List<String> civil = new ArrayList<>();
		for (String channel : List.of("IN_PERSON", "IN_PERSON", "IN_PERSON", "ONLINE", "ONLINE", "POSTAL")) {
			civil.add(receive(Requests.maritalStatus(this.ward, channel)));
		}
		String copy = receive(Requests.body("CT-BAN-SAO", this.ward, "IN_PERSON", Requests.ID_NUMBER,
				"[{\"key\":\"ban-chinh\",\"originals\":1},{\"key\":\"ban-sao\",\"copies\":1}]"));
		receive(Requests.maritalStatus(this.otherWard, "ONLINE"));
		String otherReturned = receive(Requests.maritalStatus(this.otherWard, "ONLINE"));
		// appointments of the civil-status dossiers: Thursday 29 October 09:30
		returned(civil.get(0), "2026-10-27 10:00+07");
		returned(civil.get(1), "2026-10-29 16:00+07");
		returned(civil.get(2), "2026-10-30 00:30+07"); // 29 October in UTC, late in Vietnam
		returned(otherReturned, "2026-10-27 10:00+07");
		sql("update dossier set status = 4, due_at = '2026-10-23 09:30+07' where code = '" + civil.get(4) + "'");
		sql("update dossier set status = 5 where code = '" + civil.get(5) + "'");
		history(civil.get(3), "apologize");
		history(civil.get(5), "request-supplement");
		history(otherReturned, "request-supplement");
		rating(civil.get(0), "VERY_SATISFIED");
		rating(civil.get(1), "VERY_SATISFIED");
		rating(civil.get(2), "SATISFIED");
		rating(otherReturned, "NOT_SATISFIED");
		assertThat(copy).isNotBlank();
	}

	@Test
	void reportsTheWardsNumbersWithPercentages() {
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-31", this.ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.ward").isEqualTo(this.ward)
			.jsonPath("$.received.total").isEqualTo(7)
			.jsonPath("$.received.inPerson").isEqualTo(4)
			.jsonPath("$.received.online").isEqualTo(2)
			.jsonPath("$.received.postal").isEqualTo(1)
			.jsonPath("$.received.inPersonPercent").isEqualTo(57.1)
			.jsonPath("$.received.onlinePercent").isEqualTo(28.6)
			.jsonPath("$.received.postalPercent").isEqualTo(14.3)
			.jsonPath("$.returned.total").isEqualTo(3)
			.jsonPath("$.returned.early").isEqualTo(1)
			.jsonPath("$.returned.onTime").isEqualTo(1)
			.jsonPath("$.returned.late").isEqualTo(1)
			.jsonPath("$.returned.earlyPercent").isEqualTo(33.3)
			.jsonPath("$.inProgress").isEqualTo(4)
			.jsonPath("$.nearDue").isEqualTo(1)
			.jsonPath("$.overdue").isEqualTo(1)
			.jsonPath("$.apologies").isEqualTo(1)
			.jsonPath("$.supplementRequests").isEqualTo(1)
			.jsonPath("$.satisfaction.total").isEqualTo(3)
			.jsonPath("$.satisfaction.verySatisfied").isEqualTo(2)
			.jsonPath("$.satisfaction.verySatisfiedPercent").isEqualTo(66.7)
			.jsonPath("$.satisfaction.satisfiedPercent").isEqualTo(33.3)
			.jsonPath("$.satisfaction.dissatisfied").isEqualTo(0)
			.jsonPath("$.satisfaction.dissatisfiedPercent").isEqualTo(0.0);
	}

	@Test
	void narrowsToAFieldAndAPeriodInVietnamDates() {
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-31&field=HO_TICH", this.ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.field").isEqualTo("HO_TICH")
			.jsonPath("$.received.total").isEqualTo(6)
			.jsonPath("$.received.inPersonPercent").isEqualTo(50.0)
			.jsonPath("$.received.onlinePercent").isEqualTo(33.3)
			.jsonPath("$.received.postalPercent").isEqualTo(16.7)
			.jsonPath("$.inProgress").isEqualTo(3)
			.jsonPath("$.nearDue").isEqualTo(0)
			.jsonPath("$.overdue").isEqualTo(1);
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-29", this.ward).exchange()
			.expectBody()
			.jsonPath("$.returned.total").isEqualTo(2)
			.jsonPath("$.returned.late").isEqualTo(0)
			.jsonPath("$.returned.earlyPercent").isEqualTo(50.0);
		this.client.get().uri("/statistics?ward={w}&from=2026-10-27&to=2026-10-31", this.ward).exchange()
			.expectBody()
			.jsonPath("$.received.total").isEqualTo(0)
			.jsonPath("$.received.onlinePercent").isEqualTo(0.0)
			.jsonPath("$.returned.total").isEqualTo(3);
	}

	@Test
	void neverCountsAnotherWardAndRequiresOne() {
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-31", this.otherWard).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.received.total").isEqualTo(2)
			.jsonPath("$.received.online").isEqualTo(2)
			.jsonPath("$.returned.total").isEqualTo(1)
			.jsonPath("$.inProgress").isEqualTo(1)
			.jsonPath("$.apologies").isEqualTo(0)
			.jsonPath("$.supplementRequests").isEqualTo(1)
			.jsonPath("$.satisfaction.dissatisfied").isEqualTo(1);
		this.client.get().uri("/statistics?from=2026-10-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[?(@.field == 'ward')]").exists();
		this.client.get().uri("/statistics?ward=abc&from=2026-10-31&to=2026-10-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'ward')]").exists()
			.jsonPath("$.errors[?(@.field == 'from')]").exists();
	}

	@Test
	void showsTheSameNumbersAsPrometheusSeriesTaggedByWardAndFieldOnly() {
		StepVerifier.create(this.gauges.refresh()).expectNextCount(1).verifyComplete();
		String scrape = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build()
			.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(value(scrape, "onestop_dossiers_in_progress", "HO_TICH")).isEqualTo(3.0);
		assertThat(value(scrape, "onestop_dossiers_in_progress", "CHUNG_THUC")).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_dossiers_near_due", "CHUNG_THUC")).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_dossiers_near_due", "HO_TICH")).isEqualTo(0.0);
		assertThat(value(scrape, "onestop_dossiers_overdue", "HO_TICH")).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_dossiers_received_total", "HO_TICH", "channel=\"in_person\""))
			.isEqualTo(3.0);
		assertThat(value(scrape, "onestop_dossiers_received_total", "HO_TICH", "channel=\"online\"")).isEqualTo(2.0);
		assertThat(value(scrape, "onestop_dossiers_received_total", "HO_TICH", "channel=\"postal\"")).isEqualTo(1.0);
		for (String line : scrape.split("\n")) {
			if (OURS.stream().anyMatch(name -> line.startsWith(name + "{"))) {
				List<String> labels = new ArrayList<>();
				Matcher label = LABEL.matcher(line.substring(0, line.lastIndexOf('}') + 1));
				while (label.find()) {
					labels.add(label.group(1));
				}
				List<String> allowed = line.startsWith("onestop_dossiers_received_total")
						? List.of("application", "channel", "field", "instance", "ward")
						: List.of("application", "field", "instance", "ward");
				assertThat(labels).as(line).containsExactlyInAnyOrderElementsOf(allowed);
			}
		}
		assertThat(scrape).doesNotContain(Requests.PHONE, Requests.ID_NUMBER);
	}

	private double value(String scrape, String name, String field, String... more) {
		List<String> lines = Arrays.stream(scrape.split("\n"))
			.filter(line -> line.startsWith(name + "{"))
			.filter(line -> line.contains("ward=\"" + this.ward + "\"") && line.contains("field=\"" + field + "\""))
			.filter(line -> Arrays.stream(more).allMatch(line::contains))
			.toList();
		assertThat(lines).as(name + " " + field).hasSize(1);
		return Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
	}

	private String receive(String body) {
		String created = this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
		return (String) this.json.readValue(created, Map.class).get("code");
	}

	private void returned(String code, String at) {
		sql("update dossier set status = 10, completed_at = '" + at + "' where code = '" + code + "'");
	}

	private void history(String code, String action) {
		sql("insert into dossier_status_history (dossier_id, from_status, to_status, at, action) select id, status, "
				+ "status, received_at, '" + action + "' from dossier where code = '" + code + "'");
	}

	private void rating(String code, String rating) {
		sql("insert into dossier_rating (dossier_id, rating, rated_at) select id, '" + rating + "', "
				+ "'2026-10-30 10:00+07' from dossier where code = '" + code + "'");
	}

	private void sql(String statement) {
		StepVerifier.create(this.db.sql(statement).fetch().rowsUpdated()).expectNext(1L).verifyComplete();
	}

}
