package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import tools.jackson.databind.json.JsonMapper;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;

/**
 * Issue 15, admin pages: POST /calendar/{year}/preview says how many open dossiers' appointments a replacement would
 * move, exactly as many as the replacement then moves, and changes nothing itself. Works on 2027 and puts the year
 * back as it was afterwards.
 */
class PreviewingCalendarTest extends IntakeContext {

	/** Monday 7 June 2027, 09:30: a 3-working-day procedure is due Thursday 10 June, 09:30. */
	private static final LocalDateTime RECEIVED = LocalDateTime.of(2027, 6, 7, 9, 30);

	private static final String EXTRA_HOLIDAY = "{\"date\":\"2027-06-09\",\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ thử nghiệm\"}";

	private final JsonMapper json = JsonMapper.builder().build();

	private String original;

	@BeforeEach
	void rememberTheYear() {
		this.clock.set(RECEIVED);
		this.original = body(this.db.sql("select source from calendar_year where year = 2027")
			.map(row -> row.get("source", String.class)).one().block());
	}

	@AfterEach
	void restoreTheYear() {
		send("PUT", "/calendar/2027", this.original).expectStatus().isOk();
	}

	@Test
	void countsTheAppointmentsTheReplacementWouldMoveAndChangesNothing() {
		String ward = freshWard();
		String open = receive(ward);
		receive(ward);
		String returned = receive(ward);
		this.db.sql("update dossier set status = 10, completed_at = received_at where code = :c").bind("c", returned)
			.then().block();
		long auditedBefore = count("select count(*) from audit_event where action = 'calendar.replace'");
		long loggedBefore = count("select count(*) from due_time_recalculation");

		Map<?, ?> preview = this.json.readValue(send("POST", "/calendar/2027/preview", withExtraHoliday())
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(), Map.class);

		long wouldMove = ((Number) preview.get("appointmentsMoved")).longValue();
		assertThat(wouldMove).as("our two open dossiers at least").isGreaterThanOrEqualTo(2);
		assertThat(((Number) preview.get("openDossiersExamined")).longValue()).isGreaterThanOrEqualTo(wouldMove);
		assertThat(((Map<?, ?>) preview.get("calendar")).get("year")).isEqualTo(2027);
		assertThat(dueAt(open)).as("the preview moves nothing").isEqualTo("2027-06-10T09:30");
		assertThat(count("select count(*) from due_time_recalculation")).isEqualTo(loggedBefore);
		assertThat(count("select count(*) from audit_event where action = 'calendar.replace'")).isEqualTo(auditedBefore);
		this.client.get().uri("/calendar/2027").exchange().expectBody()
			.jsonPath("$.holidays[?(@.date == '2027-06-09')]").doesNotExist();

		Map<?, ?> replaced = this.json.readValue(send("PUT", "/calendar/2027", withExtraHoliday()).expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody(), Map.class);
		assertThat(((Number) ((Map<?, ?>) replaced.get("recalculation")).get("moved")).longValue())
			.as("the replacement moves what the preview said").isEqualTo(wouldMove);
		assertThat(dueAt(open)).isEqualTo("2027-06-11T09:30");

		Map<?, ?> again = this.json.readValue(send("POST", "/calendar/2027/preview", withExtraHoliday())
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(), Map.class);
		assertThat(((Number) again.get("appointmentsMoved")).longValue()).as("nothing left to move").isZero();
	}

	@Test
	void refusesAnInvalidCalendarWithTheFieldsAtFault() {
		send("POST", "/calendar/2027/preview", """
				{"provisional":false,"source":" ","days":[
				 {"date":"2027-06-10","kind":"MAKEUP_WORKDAY","name":"Thứ Năm"}]}
				""").expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'source')]").exists()
			.jsonPath("$.errors[?(@.field == 'days[0].kind')]").exists();
	}

	private String withExtraHoliday() {
		return this.original.replace("\"days\":[", "\"days\":[" + EXTRA_HOLIDAY + ",");
	}

	/** The year as GET shows it, as a PUT body. */
	@SuppressWarnings("unchecked")
	private String body(String source) {
		Map<String, Object> year = this.json.readValue(this.client.get().uri("/calendar/2027").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(), Map.class);
		List<Map<String, Object>> days = new java.util.ArrayList<>();
		((List<Map<String, Object>>) year.get("holidays"))
			.forEach(day -> days.add(Map.of("date", day.get("date"), "kind", "HOLIDAY", "name", day.get("name"))));
		((List<Map<String, Object>>) year.get("makeupWorkdays"))
			.forEach(day -> days.add(Map.of("date", day.get("date"), "kind", "MAKEUP_WORKDAY", "name", day.get("name"))));
		return this.json.writeValueAsString(Map.of("provisional", year.get("provisional"), "source", source, "days", days));
	}

	private ResponseSpec send(String method, String uri, String body) {
		return this.client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private String receive(String ward) {
		String body = this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange()
			.expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
		return (String) this.json.readValue(body, Map.class).get("code");
	}

	private String dueAt(String code) {
		return this.db.sql("select to_char(due_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI') as due "
				+ "from dossier where code = :c").bind("c", code).map(row -> row.get("due", String.class)).one().block();
	}

	private long count(String sql) {
		return this.db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
