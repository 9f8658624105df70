package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, line 6: served tickets, no-shows, the wait (called − taken) and the service (finished − started) on
 * /actuator/prometheus, tagged by ward and field only, with a 60-minute bucket for the alert.
 */
class ServingMetricsTest extends ServingContext {

	private static final Pattern LABEL = Pattern.compile("(\\w+)=\"");

	private static final List<String> OURS = List.of("onestop_queue_tickets_served_total",
			"onestop_queue_tickets_no_show_total", "onestop_queue_wait_seconds", "onestop_queue_service_seconds");

	@Test
	void servingIsMeasuredByWardAndFieldOnly() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "09:00");
		take(ward, "A002", "HO_TICH", "09:10");
		ok(call(ward, 1));
		ok(call(ward, 2));
		ok(act(ward, "A002", "no-show", "{\"counter\":2}"));
		ok(act(ward, "A001", "start", "{\"counter\":1}"));
		this.clock.set(MONDAY_MORNING.plusMinutes(15));
		ok(act(ward, "A001", "finish", "{\"counter\":1,\"outcome\":\"GUIDANCE\"}"));

		String scrape = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build()
			.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

		assertThat(value(scrape, "onestop_queue_tickets_served_total{", ward)).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_queue_tickets_no_show_total{", ward)).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_queue_wait_seconds_count{", ward)).isEqualTo(2.0);
		assertThat(value(scrape, "onestop_queue_wait_seconds_sum{", ward)).as("30 and 20 minutes").isEqualTo(3000.0);
		assertThat(value(scrape, "onestop_queue_service_seconds_sum{", ward)).isEqualTo(900.0);
		assertThat(value(scrape, "onestop_queue_wait_seconds_bucket{", ward, "le=\"1800.0\"")).isEqualTo(2.0);
		assertThat(value(scrape, "onestop_queue_wait_seconds_bucket{", ward, "le=\"1200.0\"")).isEqualTo(1.0);
		assertThat(value(scrape, "onestop_queue_wait_seconds_bucket{", ward, "le=\"3600.0\"")).isEqualTo(2.0);
		for (String line : scrape.split("\n")) {
			if (OURS.stream().anyMatch(line::startsWith) && line.contains("{")) {
				List<String> labels = new ArrayList<>();
				Matcher label = LABEL.matcher(line.substring(0, line.lastIndexOf('}') + 1));
				while (label.find()) {
					labels.add(label.group(1));
				}
				labels.remove("le");
				assertThat(labels).as(line).containsExactlyInAnyOrder("application", "field", "instance", "ward");
			}
		}
	}

	private static double value(String scrape, String prefix, String ward, String... more) {
		return scrape.lines()
			.filter(line -> line.startsWith(prefix) && line.contains("ward=\"" + ward + "\"")
					&& line.contains("field=\"HO_TICH\""))
			.filter(line -> List.of(more).stream().allMatch(line::contains))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + prefix + " for ward " + ward + " " + List.of(more)));
	}

}
