package vn.onestop.citizen.imports;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /citizens/imports} against the real database: outcomes, reports, idempotency, broken files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "60s")
class ImportResourceTest {

	private static final MediaType CSV = MediaType.valueOf("text/csv");

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aCsvImportRegistersNewCitizensInTheSuccessorWardWithHistoryAndEvents() {
		String first = ImportFixtures.idNumber();
		String second = ImportFixtures.idNumber();
		String nfd = Normalizer.normalize("Nguyễn  Văn Thuỷ", Normalizer.Form.NFD);
		double createdBefore = created();
		String csv = "\uFEFF" + ImportFixtures.CSV_HEADER + ImportFixtures.csvLine(nfd, first, "+84 912 000 111")
				+ ImportFixtures.csvLine("Trần Văn Bình", second, null);
		Map<String, Object> report = importFile(CSV, csv, "00001 Phúc Xá").expectStatus().isCreated()
			.expectHeader().value("Location", location -> assertThat(location).startsWith("imports/"))
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(report).containsEntry("successorWard", ImportFixtures.HOAN_KIEM).containsEntry("format", "CSV")
			.containsEntry("rows", 2).containsEntry("created", 2).containsEntry("merged", 0).containsEntry("unchanged", 0)
			.containsEntry("conflicts", 0).containsEntry("invalid", 0).containsEntry("errorCount", 0)
			.containsEntry("replayed", false).containsEntry("importedBy", "test-staff");
		assertThat(created() - createdBefore).isEqualTo(2);

		Map<String, Object> citizen = lookup(first);
		assertThat(citizen).containsEntry("fullName", "Nguyễn Văn Thuỷ").containsEntry("phone", "0912000111")
			.containsEntry("version", 1)
			.containsEntry("address", Map.of("line", "Số 1, phố Hàng Bạc", "wardCode", ImportFixtures.HOAN_KIEM));
		String id = (String) citizen.get("id");
		this.client.get().uri("/citizens/{id}/history", id).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].action").isEqualTo("REGISTERED").jsonPath("$[0].changedBy").isEqualTo("test-staff")
			.jsonPath("$.length()").isEqualTo(1);
		assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id
				+ "' and event_type = 'CitizenRegistered'")).isEqualTo(1);
		this.client.get().uri("/citizens/imports/{id}", report.get("importId")).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.created").isEqualTo(2).jsonPath("$.source").isEqualTo("00001 Phúc Xá");
	}

	@Test
	void aJsonImportIsReadTheSameWay() {
		String idNumber = ImportFixtures.idNumber();
		String json = "[\n {\"fullName\": \"" + Normalizer.normalize("Lê Thị Hoà", Normalizer.Form.NFD) + "\", \"idNumber\": \""
				+ idNumber.substring(0, 3) + "1" + idNumber.substring(4) + "\", \"dateOfBirth\": \"1990-02-03\", "
				+ "\"gender\": \"FEMALE\", \"email\": \"hoa@example.vn\", \"address\": {\"line\": \"Số 2\", \"wardCode\": \"00001\"}, "
				+ "\"preferences\": {\"channel\": \"EMAIL\", \"consent\": true}}\n]";
		importFile(MediaType.APPLICATION_JSON, json, "HTTT Phúc Xá").expectStatus().isCreated().expectBody()
			.jsonPath("$.format").isEqualTo("JSON").jsonPath("$.created").isEqualTo(1).jsonPath("$.invalid").isEqualTo(0);
		assertThat(lookup(idNumber.substring(0, 3) + "1" + idNumber.substring(4))).containsEntry("fullName", "Lê Thị Hoà")
			.containsEntry("email", "hoa@example.vn").containsEntry("gender", "FEMALE");
	}

	@Test
	void aRowThatAgreesMergesFillingInWhatTheStoredCitizenLacks() {
		String idNumber = ImportFixtures.idNumber();
		String phone = ImportFixtures.phone();
		importFile(CSV, ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Phạm Văn Cường", idNumber, null), "first")
			.expectStatus().isCreated();
		importFile(CSV, ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Phạm Văn Cường", idNumber, phone), "second")
			.expectStatus().isCreated().expectBody().jsonPath("$.merged").isEqualTo(1).jsonPath("$.created").isEqualTo(0);
		Map<String, Object> citizen = lookup(idNumber);
		assertThat(citizen).containsEntry("phone", phone).containsEntry("version", 2);
		this.client.get().uri("/citizens/{id}/history", citizen.get("id")).exchange().expectBody()
			.jsonPath("$[1].action").isEqualTo("UPDATED").jsonPath("$[1].changes.length()").isEqualTo(1)
			.jsonPath("$[1].changes[0].field").isEqualTo("phone");
		assertThat(count("select count(*) from outbox_event where aggregate_id = '" + citizen.get("id") + "'")).isEqualTo(2);

		importFile(CSV, ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Phạm  Văn Cường", idNumber, "") + "\n", "third")
			.expectStatus().isCreated().expectBody().jsonPath("$.unchanged").isEqualTo(1);
		assertThat(lookup(idNumber)).containsEntry("version", 2);
	}

	@Test
	void aConflictRaisesAReviewThatAnOfficerResolvesByChoosingValues() {
		String idNumber = ImportFixtures.idNumber();
		String phone = ImportFixtures.phone();
		String otherPhone = ImportFixtures.phone();
		importFile(CSV, ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Đỗ Văn Dũng", idNumber, phone), "first")
			.expectStatus().isCreated();
		String id = (String) lookup(idNumber).get("id");
		importFile(CSV, ImportFixtures.CSV_HEADER + "\n" + ImportFixtures.csvLine("Đỗ Văn Dũng Em", idNumber, otherPhone),
				"old system B").expectStatus().isCreated().expectBody().jsonPath("$.conflicts").isEqualTo(1);
		assertThat(lookup(idNumber)).as("a conflict writes nothing").containsEntry("version", 1).containsEntry("phone", phone);

		Map<String, Object> review = review(id, "OPEN");
		assertThat(review).containsEntry("kind", "IMPORT_CONFLICT").containsEntry("wardCode", ImportFixtures.HOAN_KIEM)
			.containsEntry("fullName", "Đỗ Văn Dũng");
		@SuppressWarnings("unchecked")
		Map<String, Object> details = (Map<String, Object>) review.get("details");
		assertThat(details).containsEntry("line", 3).containsEntry("source", "old system B")
			.containsEntry("oldWardCode", ImportFixtures.RETIRED_WARD);
		assertThat(details.get("fields")).isEqualTo(Map.of("fullName", Map.of("stored", "Đỗ Văn Dũng", "imported",
				"Đỗ Văn Dũng Em"), "phone", Map.of("stored", phone, "imported", otherPhone)));
		assertThat(details.toString()).doesNotContain(idNumber);

		String resolution = "/citizens/reviews/" + review.get("id") + "/resolution";
		this.client.post().uri(resolution).bodyValue(Map.of("fields", Map.of("phone", "IMPORTED"))).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("fields.fullName");
		this.client.post().uri(resolution).bodyValue(Map.of("fields", Map.of("phone", "IMPORTED", "fullName", "STORED")))
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.review.status").isEqualTo("RESOLVED").jsonPath("$.review.resolvedBy").isEqualTo("test-staff")
			.jsonPath("$.review.details.resolution.phone").isEqualTo("IMPORTED")
			.jsonPath("$.citizen.phone").isEqualTo(otherPhone).jsonPath("$.citizen.fullName").isEqualTo("Đỗ Văn Dũng")
			.jsonPath("$.citizen.version").isEqualTo(2);
		this.client.get().uri("/citizens/{id}/history", id).exchange().expectBody().jsonPath("$[1].action")
			.isEqualTo("UPDATED").jsonPath("$[1].changes[0].field").isEqualTo("phone");
		assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id
				+ "' and event_type = 'CitizenUpdated'")).isEqualTo(1);
		assertThat(review(id, "RESOLVED")).containsKey("resolvedAt");

		this.client.post().uri(resolution).bodyValue(Map.of("fields", Map.of("phone", "IMPORTED", "fullName", "STORED")))
			.exchange().expectStatus().isEqualTo(409).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:review-resolved");
		this.client.post().uri("/citizens/reviews/00000000-0000-0000-0000-000000000001/resolution")
			.bodyValue(Map.of("fields", Map.of())).exchange().expectStatus().isNotFound();
	}

	@Test
	void invalidRowsAreReportedLineByLineAndTheRestImported() {
		String good = ImportFixtures.idNumber();
		String csv = ImportFixtures.CSV_HEADER
				+ ImportFixtures.csvLine("Hoàng Văn Giang", "12345", null)
				+ "\"Vũ Văn\nHải\",079090999999,1990-02-03,MALE,02437654321,,,,,\n"
				+ ImportFixtures.csvLine("Ngô Văn Khoa", good, null)
				+ "Too,few,fields\n"
				+ ImportFixtures.csvLine("Bùi Văn Long", ImportFixtures.idNumber(), null).replace("1990-02-03", "2999-01-01");
		Map<String, Object> report = importFile(CSV, csv, "errors").expectStatus().isCreated().expectBody(Map.class)
			.returnResult().getResponseBody();
		assertThat(report).containsEntry("rows", 5).containsEntry("created", 1).containsEntry("invalid", 4)
			.containsEntry("errorCount", 5);
		assertThat(report.get("errors")).isEqualTo(List.of(
				Map.of("line", 2, "field", "idNumber", "reason", "must be 12 digits (or a legacy 9-digit identity card number)"),
				Map.of("line", 3, "field", "fullName", "reason", "must not contain control or invisible characters"),
				Map.of("line", 3, "field", "phone", "reason", "must be a mobile number, not a landline"),
				Map.of("line", 6, "field", "row", "reason", "has 3 fields where the header has 10"),
				Map.of("line", 7, "field", "dateOfBirth", "reason", "must not be in the future")));
		assertThat(lookup(good)).containsEntry("fullName", "Ngô Văn Khoa");
		this.client.get().uri("/citizens/imports/{id}/errors?page=1&size=2", report.get("importId")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(5).jsonPath("$.items.length()").isEqualTo(2)
			.jsonPath("$.items[0].line").isEqualTo(3).jsonPath("$.items[0].field").isEqualTo("phone");
	}

	@Test
	void theSameFileAgainChangesNothingAndAnswersTheFirstReport() {
		String existing = ImportFixtures.idNumber();
		importFile(CSV, ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Lý Văn Minh", existing, null), "seed")
			.expectStatus().isCreated();
		String csv = ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Lý Văn Minh", existing, ImportFixtures.phone())
				+ ImportFixtures.csvLine("Lý Văn Minh Tuấn", existing, null)
				+ ImportFixtures.csvLine("Mạc Văn Nam", ImportFixtures.idNumber(), null) + "x,y\n";
		Map<String, Object> first = importFile(CSV, csv, "replay").expectStatus().isCreated().expectBody(Map.class)
			.returnResult().getResponseBody();
		assertThat(first).containsEntry("merged", 1).containsEntry("conflicts", 1).containsEntry("created", 1)
			.containsEntry("invalid", 1);
		List<Long> before = tableCounts();
		Map<String, Object> again = importFile(CSV, csv, "replay, sent twice").expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
		assertThat(tableCounts()).isEqualTo(before);
		assertThat(again).containsEntry("replayed", true).containsEntry("importId", first.get("importId"))
			.containsEntry("source", "replay");
		assertThat(again.get("errors")).isEqualTo(first.get("errors"));
	}

	@Test
	void aFileThatBreaksHalfWayCommitsNothing() {
		String idNumber = ImportFixtures.idNumber();
		List<Long> before = tableCounts();
		String json = "[{\"fullName\": \"Tạ Văn Phúc\", \"idNumber\": \"" + idNumber + "\", \"dateOfBirth\": \"1990-02-03\", "
				+ "\"gender\": \"MALE\"},\n{\"fullName\": \"Tạ Văn Quý\",\n \"idNumber\": 079}]";
		importFile(MediaType.APPLICATION_JSON, json, "broken").expectStatus().isBadRequest().expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:malformed-import")
			.jsonPath("$.errors[0].message").isEqualTo("line 3: is not valid JSON");
		importFile(CSV, ImportFixtures.CSV_HEADER + ImportFixtures.csvLine("Tạ Văn Phúc", idNumber, null) + "\"open,\n",
				"broken").expectStatus().isBadRequest().expectBody().jsonPath("$.detail")
			.isEqualTo("Line 3 opens a quoted field that is never closed; nothing was imported.");
		importFile(CSV, "fullName,idNumber\n", "broken").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].message").isEqualTo("line 1: lacks the required columns [dateOfBirth, gender]");
		assertThat(tableCounts()).isEqualTo(before);
		this.client.post().uri("/citizens/lookup").bodyValue(Map.of("idNumber", idNumber)).exchange().expectStatus()
			.isNotFound();
	}

	@Test
	void theWardTheSourceAndTheMediaTypeAreChecked() {
		String csv = ImportFixtures.CSV_HEADER;
		this.client.post().uri("/citizens/imports?successorWard={w}&source=x", ImportFixtures.RETIRED_WARD).contentType(CSV)
			.bodyValue(csv).exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:ward-not-in-force").jsonPath("$.errors[0].field").isEqualTo("successorWard");
		this.client.post().uri("/citizens/imports?successorWard=1234").contentType(CSV).bodyValue(csv).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("successorWard")
			.jsonPath("$.errors[1].field").isEqualTo("source");
		this.client.post().uri("/citizens/imports?successorWard=00070&source=x").contentType(MediaType.TEXT_PLAIN)
			.bodyValue(csv).exchange().expectStatus().isEqualTo(415);
		this.client.post().uri("/citizens/imports?successorWard=00070&source=x")
			.contentType(MediaType.valueOf("text/csv;charset=ISO-8859-1")).bodyValue(csv).exchange().expectStatus()
			.isEqualTo(415);
		this.client.get().uri("/citizens/imports/00000000-0000-0000-0000-000000000001").exchange().expectStatus()
			.isNotFound();
	}

	/** Over the platform's 1MB body limit, which the import endpoint raises; well under ten seconds. */
	@Test
	void twoThousandRowsOverOneMegabyteImportInOneGo() {
		StringBuilder csv = new StringBuilder(ImportFixtures.CSV_HEADER);
		// three UTF-8 bytes a character, within the 200 characters of an address line
		String padding = "Ngõ " + "ữ".repeat(180);
		for (int i = 0; i < 2000; i++) {
			csv.append(ImportFixtures.name(i)).append(',').append(ImportFixtures.idNumber())
				.append(",1990-02-03,MALE,,,\"").append(padding).append(' ').append(i).append("\",,,\n");
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(body.length).isGreaterThan(1024 * 1024);
		long started = System.nanoTime();
		this.client.mutate().responseTimeout(Duration.ofSeconds(60)).build().post()
			.uri("/citizens/imports?successorWard={w}&source=smoke", ImportFixtures.TAY_HO).contentType(CSV).bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody().jsonPath("$.created").isEqualTo(2000)
			.jsonPath("$.invalid").isEqualTo(0);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	private WebTestClient.ResponseSpec importFile(MediaType type, String body, String source) {
		return this.client.post().uri("/citizens/imports?successorWard={w}&source={s}", ImportFixtures.HOAN_KIEM, source)
			.contentType(type).bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> lookup(String idNumber) {
		return this.client.post().uri("/citizens/lookup").bodyValue(Map.of("idNumber", idNumber)).exchange().expectStatus()
			.isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> review(String citizenId, String status) {
		Map<String, Object> page = this.client.get()
			.uri("/citizens/reviews?kind=IMPORT_CONFLICT&ward={w}&status={s}&size=100", ImportFixtures.HOAN_KIEM, status)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		return ((List<Map<String, Object>>) page.get("items")).stream()
			.filter(item -> citizenId.equals(item.get("citizenId")))
			.findFirst()
			.orElseThrow();
	}

	private double created() {
		Counter counter = this.meters.find(ImportingCitizens.ROWS_METRIC).tags("ward", ImportFixtures.HOAN_KIEM, "outcome",
				"created").counter();
		return counter == null ? 0 : counter.count();
	}

	private List<Long> tableCounts() {
		return List.of(count("select count(*) from citizen"), count("select count(*) from citizen_history"),
				count("select count(*) from citizen_review"), count("select count(*) from outbox_event"),
				count("select count(*) from citizen_import"));
	}

	private long count(String sql) {
		return this.db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
