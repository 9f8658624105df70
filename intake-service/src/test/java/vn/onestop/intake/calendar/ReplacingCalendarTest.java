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
 * Line 2, PUT /calendar/{year}: a replaced year moves the appointments of open dossiers (paused
 * supplement time kept), leaves returned ones alone, logs each move, and refuses invalid calendars.
 * Works on 2027 and puts the year back as it was afterwards.
 */
class ReplacingCalendarTest extends IntakeContext {

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
		put(2027, this.original).expectStatus().isOk();
	}

	@Test
	void aNewHolidayMovesOpenDossiersByAWorkingDayAndLeavesReturnedOnesAlone() {
		String ward = freshWard();
		String open = receive(ward);
		String paused = receive(ward);
		String returned = receive(ward);
		assertThat(dueAt(open)).isEqualTo("2027-06-10T09:30");
		this.db.sql("update dossier set status = 10, completed_at = received_at where code = :c").bind("c", returned)
			.then().block();
		this.db.sql("update dossier set status = 5, status_before_supplement = 2 where code = :c").bind("c", paused)
			.then().block();
		this.db.sql("insert into dossier_status_history (dossier_id, from_status, to_status, at, action, details) "
				+ "select id, 5, 2, received_at, 'supplement-received', '{\"pausedWorkingMinutes\": 480}'::jsonb "
				+ "from dossier where code = :c").bind("c", paused).then().block();

		put(2027, withExtraHoliday()).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.calendar.year").isEqualTo(2027)
			.jsonPath("$.calendar.holidays[?(@.date == '2027-06-09')].name").isEqualTo("Nghỉ thử nghiệm")
			.jsonPath("$.recalculation.moved").value(moved -> assertThat(((Number) moved).longValue()).isGreaterThanOrEqualTo(2));

		assertThat(dueAt(open)).isEqualTo("2027-06-11T09:30");
		assertThat(dueAt(paused)).as("one working day later, then the 8 paused working hours").isEqualTo("2027-06-14T09:30");
		assertThat(dueAt(returned)).isEqualTo("2027-06-10T09:30");
		assertThat(logged(open)).containsExactly("2027-06-10T09:30 -> 2027-06-11T09:30");
		assertThat(logged(returned)).isEmpty();
		this.client.get().uri("/calendar/due-time?receivedAt=2027-06-07T09:30&amount=3&unit=WORKING_DAYS")
			.exchange().expectBody().jsonPath("$.dueAt").isEqualTo("2027-06-11T09:30:00+07:00");
	}

	@Test
	void aDossierWithAnApologyKeepsItsWrittenAppointment() {
		String apologized = receive(freshWard());
		this.db.sql("update dossier set apologies = 1 where code = :c").bind("c", apologized).then().block();
		put(2027, withExtraHoliday()).expectStatus().isOk();
		assertThat(dueAt(apologized)).isEqualTo("2027-06-10T09:30");
	}

	@Test
	void refusesAnInvalidCalendarWithTheFieldsAtFault() {
		String invalid = """
				{"provisional":false,"source":" ","days":[
				 {"date":"2028-01-01","kind":"HOLIDAY","name":"Năm sau"},
				 {"date":"2027-06-09","kind":"HOLIDAY_OFF","name":"Sai loại"},
				 {"date":"2027-06-10","kind":"MAKEUP_WORKDAY","name":"Thứ Năm"},
				 {"date":"2027-13-01","kind":"HOLIDAY","name":"Ngày sai"},
				 {"date":"2027-06-12","kind":"MAKEUP_WORKDAY","name":""}]}
				""";
		put(2027, invalid).expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'source')]").exists()
			.jsonPath("$.errors[?(@.field == 'days[0].date')]").exists()
			.jsonPath("$.errors[?(@.field == 'days[1].kind')]").exists()
			.jsonPath("$.errors[?(@.field == 'days[2].kind')]").exists()
			.jsonPath("$.errors[?(@.field == 'days[3].date')]").exists()
			.jsonPath("$.errors[?(@.field == 'days[4].name')]").exists();
		put(1999, this.original).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[?(@.field == 'year')]").exists();
		this.client.get().uri("/calendar/2027").exchange().expectBody()
			.jsonPath("$.holidays[?(@.date == '2027-06-09')]").doesNotExist();
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

	private ResponseSpec put(int year, String body) {
		return this.client.put().uri("/calendar/{y}", year).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange();
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

	private List<String> logged(String code) {
		return this.db.sql("select to_char(r.previous_due_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI') "
				+ "|| ' -> ' || to_char(r.due_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI') as move "
				+ "from due_time_recalculation r join dossier d on d.id = r.dossier_id where d.code = :c order by r.id")
			.bind("c", code).map(row -> row.get("move", String.class)).all().collectList().block();
	}

}
