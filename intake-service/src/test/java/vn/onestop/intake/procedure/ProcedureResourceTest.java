package vn.onestop.intake.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;

class ProcedureResourceTest extends IntakeContext {

	private JsonNode get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	@Test
	void theCatalogueIsSeededWithAtLeastTwentyWardProcedures() {
		JsonNode page = get("/procedures?size=100&on=2026-10-26");
		assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(page.get("items").valueStream().map(item -> item.get("name").asString()).toList())
			.contains("Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Cấp bản sao trích lục hộ tịch",
					"Chứng thực bản sao từ bản chính", "Chứng thực chữ ký trong giấy tờ, văn bản", "Đăng ký thường trú",
					"Đăng ký tạm trú", "Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân",
					"Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký hộ kinh doanh",
					"Cấp Giấy xác nhận tình trạng hôn nhân");
		assertThat(page.get("items").valueStream()).allSatisfy(item -> {
			assertThat(item.get("requiredDocuments").size()).isPositive();
			assertThat(item.get("channels").size()).isPositive();
		});
	}

	@Test
	void pagesAreBoundedAndOrdered() {
		JsonNode first = get("/procedures?size=5&page=0&on=2026-10-26");
		JsonNode second = get("/procedures?size=5&page=1&on=2026-10-26");
		assertThat(first.get("items").size()).isEqualTo(5);
		assertThat(first.get("totalPages").asLong()).isEqualTo((first.get("totalItems").asLong() + 4) / 5);
		assertThat(first.get("items").get(4).get("code").asString())
			.isLessThan(second.get("items").get(0).get("code").asString());
	}

	@Test
	void filtersByField() {
		JsonNode page = get("/procedures?field=CHUNG_THUC&on=2026-10-26");
		assertThat(page.get("totalItems").asLong()).isEqualTo(5);
		assertThat(page.get("items").valueStream()).allSatisfy(
				item -> assertThat(item.get("field").get("name").asString()).isEqualTo("Chứng thực"));
	}

	@Test
	void showsOneProcedureWithDocumentsFeeAndProcessingTime() {
		this.client.get().uri("/procedures/CT-BAN-SAO?on=2026-10-26").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("Chứng thực bản sao từ bản chính")
			.jsonPath("$.field.code").isEqualTo("CHUNG_THUC")
			.jsonPath("$.version").isEqualTo(1)
			.jsonPath("$.effectiveFrom").isEqualTo("2025-07-01")
			.jsonPath("$.processingTime.amount").isEqualTo(0)
			.jsonPath("$.processingTime.unit").isEqualTo("WORKING_DAYS")
			.jsonPath("$.processingTime.sameDayCutoff").isEqualTo("15:00:00")
			.jsonPath("$.fee.kind").isEqualTo("PER_ITEM")
			.jsonPath("$.fee.amountVnd").isEqualTo(2000)
			.jsonPath("$.channels[0]").isEqualTo("IN_PERSON")
			.jsonPath("$.requiredDocuments[0].key").isEqualTo("ban-chinh")
			.jsonPath("$.requiredDocuments[0].originals").isEqualTo(1)
			.jsonPath("$.requiredDocuments[1].copies").isEqualTo(1);
		this.client.get().uri("/procedures/DD-HOA-GIAI").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.processingTime.unit").isEqualTo("CALENDAR_DAYS");
	}

	@Test
	void answersTheVersionInForceOnADate() {
		String code = "TEST-P" + System.nanoTime() % 1_000_000;
		this.db.sql("insert into procedure (code, field_code, field_name) values (:c, 'THU_NGHIEM', 'Thử nghiệm')")
			.bind("c", code).then().block();
		for (String[] version : new String[][] { { "1", "2024-01-01", "Cũ" }, { "2", "2026-01-01", "Mới" } }) {
			this.db.sql("insert into procedure_version (procedure_code, version, effective_from, name, processing_amount, "
					+ "processing_unit, fee_kind, channels) values (:c, :v, cast(:f as date), :n, 3, 'WORKING_DAYS', "
					+ "'FREE', '{ONLINE}')")
				.bind("c", code).bind("v", Integer.parseInt(version[0])).bind("f", version[1]).bind("n", version[2])
				.then().block();
		}
		assertThat(get("/procedures/" + code + "?on=2025-12-31").get("name").asString()).isEqualTo("Cũ");
		assertThat(get("/procedures/" + code + "?on=2026-01-01").get("name").asString()).isEqualTo("Mới");
		assertThat(get("/procedures/" + code).get("version").asInt()).isEqualTo(2);
		this.client.get().uri("/procedures/" + code + "?on=2023-12-31").exchange().expectStatus().isNotFound();
		assertThat(get("/procedures?field=THU_NGHIEM&on=2025-06-01").get("items").get(0).get("name").asString())
			.isEqualTo("Cũ");
	}

	@ParameterizedTest
	@CsvSource({ "/procedures/KHONG-CO, 404", "/procedures/khong hop le, 404", "/procedures/HT-KHAI-SINH?on=2024-01-01, 404",
			"/procedures?size=0, 400", "/procedures?size=101, 400", "/procedures?page=-1, 400", "/procedures?page=x, 400",
			"/procedures?field=ho tich, 400", "/procedures?on=26/10/2026, 400", "/procedures/HT-KHAI-SINH?on=x, 400" })
	void answersProblemsForBadRequests(String uri, int status) {
		this.client.get().uri(uri).exchange().expectStatus().isEqualTo(status)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
