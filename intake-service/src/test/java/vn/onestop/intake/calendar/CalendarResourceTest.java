package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s") // generous: the first request of a context is slow on a busy machine
class CalendarResourceTest {

	@Autowired
	private WebTestClient client;

	@Test
	void computesTheDomainExample() {
		this.client.get()
			.uri("/calendar/due-time?receivedAt=2023-10-27T09:32&amount=5&unit=WORKING_DAYS&ward=00004")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.receivedAt").isEqualTo("2023-10-27T09:32:00+07:00")
			.jsonPath("$.countingStartsAt").isEqualTo("2023-10-27T09:32:00+07:00")
			.jsonPath("$.dueAt").isEqualTo("2023-11-03T09:32:00+07:00")
			.jsonPath("$.amount").isEqualTo(5)
			.jsonPath("$.unit").isEqualTo("WORKING_DAYS")
			.jsonPath("$.workingHoursCounted").isEqualTo(40.0);
	}

	@Test
	void readsAReceiptTimeWithAnOffsetInVietnamTime() {
		this.client.get()
			.uri("/calendar/due-time?receivedAt=2023-10-27T02:32:00Z&amount=5&unit=WORKING_DAYS")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.receivedAt").isEqualTo("2023-10-27T09:32:00+07:00")
			.jsonPath("$.dueAt").isEqualTo("2023-11-03T09:32:00+07:00");
	}

	@Test
	void acceptsAnUnencodedPlusOfAnOffset() {
		this.client.get()
			.uri("/calendar/due-time?receivedAt=2023-10-27T09:32+07:00&amount=5&unit=WORKING_DAYS")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.dueAt").isEqualTo("2023-11-03T09:32:00+07:00");
	}

	@Test
	void skipsTheTet2026Break() {
		this.client.get()
			.uri("/calendar/due-time?receivedAt=2026-02-13T17:30&amount=1&unit=WORKING_DAYS")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.countingStartsAt").isEqualTo("2026-02-23T07:00:00+07:00")
			.jsonPath("$.dueAt").isEqualTo("2026-02-23T17:00:00+07:00")
			.jsonPath("$.workingHoursCounted").isEqualTo(8);
	}

	@Test
	void appliesASameDayCutoff() {
		this.client.get()
			.uri("/calendar/due-time?receivedAt=2025-04-25T15:30&amount=0&unit=WORKING_DAYS&sameDayCutoff=15:00")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.dueAt").isEqualTo("2025-04-26T17:00:00+07:00")
			.jsonPath("$.sameDayCutoff").isEqualTo("15:00:00")
			.jsonPath("$.workingHoursCounted").isEqualTo(9.5);
	}

	@Test
	void listsTheHolidaysAndMakeupDaysOf2026() {
		this.client.get()
			.uri("/calendar/2026")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.year").isEqualTo(2026)
			.jsonPath("$.provisional").isEqualTo(false)
			.jsonPath("$.holidays[?(@.date == '2026-02-14')]").exists()
			.jsonPath("$.holidays[?(@.date == '2026-08-22')]").doesNotExist()
			.jsonPath("$.makeupWorkdays[?(@.date == '2026-08-22')]").exists();
	}

	@Test
	void marks2027AsProvisional() {
		this.client.get().uri("/calendar/2027").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.provisional").isEqualTo(true);
	}

	@Test
	void aYearWithoutDataIsNotFound() {
		this.client.get()
			.uri("/calendar/2031")
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:calendar-not-found");
	}

	@Test
	void aDueTimeReachingAYearWithoutDataIsUnprocessable() {
		this.client.get()
			.uri("/calendar/due-time?receivedAt=2027-12-30T09:00&amount=5&unit=WORKING_DAYS")
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:calendar-not-covered")
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("2028"));
	}

	@Test
	void documentsTheEndpoints() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/calendar/due-time'].get.tags[0]").isEqualTo("Working calendar")
			.jsonPath("$.paths['/calendar/{year}'].get.summary").exists();
	}

	@ParameterizedTest(name = "{0} → error on {1}")
	@CsvSource({ "/calendar/due-time?receivedAt=2025-10-27T09:00&amount=-1&unit=WORKING_DAYS, amount",
			"/calendar/due-time?receivedAt=2025-10-27T09:00&amount=3651&unit=WORKING_DAYS, amount",
			"/calendar/due-time?receivedAt=2025-10-27T09:00&amount=five&unit=WORKING_DAYS, amount",
			"/calendar/due-time?receivedAt=2025-10-27T09:00&amount=5&unit=WEEKS, unit",
			"/calendar/due-time?receivedAt=27/10/2025 09:00&amount=5&unit=WORKING_DAYS, receivedAt",
			"/calendar/due-time?receivedAt=2025-10-27&amount=5&unit=WORKING_DAYS, receivedAt",
			"/calendar/due-time?amount=5&unit=WORKING_DAYS, receivedAt",
			"/calendar/due-time?receivedAt=2025-10-27T09:00&amount=5&unit=WORKING_DAYS&sameDayCutoff=15:00, sameDayCutoff",
			"/calendar/due-time?receivedAt=2025-10-27T09:00&amount=0&unit=WORKING_DAYS&sameDayCutoff=3pm, sameDayCutoff",
			"/calendar/1800, year", "/calendar/20260, year", "/calendar/next, year" })
	void invalidInputIsABadRequestNamingTheParameter(String uri, String parameter) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo(parameter);
	}

}
