package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

@ExtendWith(OutputCaptureExtension.class)
class DossierIntakeTest extends IntakeContext {

	private ResponseSpec post(String body) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	@Test
	void aCounterIntakeIsReceivedWithACodeAndAnAppointment(CapturedOutput output) {
		String ward = freshWard();
		post(Requests.maritalStatus(ward, "IN_PERSON")).expectStatus().isCreated()
			.expectHeader().valueEquals("Location", "/dossiers/" + ward + "-261026-0001")
			.expectBody()
			.jsonPath("$.code").isEqualTo(ward + "-261026-0001")
			.jsonPath("$.agencyCode").isEqualTo(ward)
			.jsonPath("$.status.code").isEqualTo(2)
			.jsonPath("$.status.name").isEqualTo("RECEIVED")
			.jsonPath("$.channel").isEqualTo("IN_PERSON")
			.jsonPath("$.procedure.code").isEqualTo("HT-XAC-NHAN-HON-NHAN")
			.jsonPath("$.procedure.name").isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân")
			.jsonPath("$.procedure.version").isEqualTo(1)
			.jsonPath("$.receivedAt").isEqualTo("2026-10-26T09:30:00+07:00")
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-29T09:30:00+07:00")
			.jsonPath("$.submitter.idNumber").isEqualTo(Requests.ID_NUMBER)
			.jsonPath("$.owner.fullName").isEqualTo("Trần Thị Bình")
			.jsonPath("$.documents[0].key").isEqualTo("to-khai")
			.jsonPath("$.documents[0].name").isEqualTo("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân")
			.jsonPath("$.citizenId").isEqualTo(KNOWN_CITIZEN.toString())
			.jsonPath("$.citizenLinkPending").isEqualTo(false);
		post(Requests.maritalStatus(ward, "IN_PERSON")).expectStatus().isCreated()
			.expectBody().jsonPath("$.code").isEqualTo(ward + "-261026-0002");
		assertThat(output.getAll()).contains(ward + "-261026-0001")
			.doesNotContain(Requests.ID_NUMBER)
			.doesNotContain(Requests.PHONE);
	}

	@Test
	void anOnlineSubmissionAwaitsAcceptance() {
		String ward = freshWard();
		post(Requests.maritalStatus(ward, "ONLINE")).expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.status.code").isEqualTo(1)
			.jsonPath("$.status.label").isEqualTo("Mới đăng ký");
	}

	@Test
	void aConfiguredWardNumbersItsDossiersWithItsAgencyCode() {
		this.clock.set(LocalDateTime.of(2026, 11, 2, 8, 0));
		String code = post(Requests.maritalStatus("79001", "IN_PERSON")).expectStatus().isCreated()
			.expectBody(DossierView.class).returnResult().getResponseBody().code();
		assertThat(code).matches("000\\.00\\.06\\.H56-261102-\\d{4}");
		this.client.get().uri("/dossiers/" + code + "/receipt").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.center.name").isEqualTo("Trung tâm Phục vụ hành chính công phường Thử Nghiệm")
			.jsonPath("$.center.agencyCode").isEqualTo("000.00.06.H56")
			.jsonPath("$.lookupNote").value(note -> assertThat((String) note).contains(code).contains("1022"));
	}

	@Test
	void aSameDayProcedureReceivedAfterItsCutoffIsDueTheNextWorkingDay() {
		String ward = freshWard();
		String extract = Requests.body("HT-TRICH-LUC", ward, "IN_PERSON", Requests.ID_NUMBER,
				"[{\"key\":\"to-khai\",\"originals\":1}]");
		this.clock.set(LocalDateTime.of(2026, 10, 30, 14, 59));
		post(extract).expectStatus().isCreated().expectBody()
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-30T17:00:00+07:00");
		this.clock.set(LocalDateTime.of(2026, 10, 30, 15, 0));
		post(extract).expectStatus().isCreated().expectBody()
			.jsonPath("$.appointmentAt").isEqualTo("2026-11-02T17:00:00+07:00");
	}

	@Test
	void anIntakeOnADayOffCountsFromTheNextOpening() {
		this.clock.set(LocalDateTime.of(2026, 2, 14, 10, 0));
		post(Requests.maritalStatus(freshWard(), "ONLINE")).expectStatus().isCreated().expectBody()
			.jsonPath("$.receivedAt").isEqualTo("2026-02-14T10:00:00+07:00")
			.jsonPath("$.countingStartsAt").isEqualTo("2026-02-23T07:00:00+07:00")
			.jsonPath("$.appointmentAt").isEqualTo("2026-02-25T17:00:00+07:00");
	}

	@Test
	void theReceiptCarriesEverythingFormOneShows() {
		String ward = freshWard();
		String code = post(Requests.maritalStatus(ward, "IN_PERSON")).expectStatus().isCreated()
			.expectBody(DossierView.class).returnResult().getResponseBody().code();
		this.client.get().uri("/dossiers/" + code + "/receipt").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.form").isEqualTo("01")
			.jsonPath("$.dossierCode").isEqualTo(code)
			.jsonPath("$.center.wardCode").isEqualTo(ward)
			.jsonPath("$.submitter.fullName").isEqualTo("Nguyễn Văn An")
			.jsonPath("$.submitter.idNumber").isEqualTo(Requests.ID_NUMBER)
			.jsonPath("$.submitter.address").isEqualTo("12 Lê Lợi")
			.jsonPath("$.submitter.phone").isEqualTo(Requests.PHONE)
			.jsonPath("$.submitter.email").isEqualTo("an@example.vn")
			.jsonPath("$.procedure.name").isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân")
			.jsonPath("$.owner.fullName").isEqualTo("Trần Thị Bình")
			.jsonPath("$.fee.kind").isEqualTo("FIXED")
			.jsonPath("$.fee.amountVnd").isEqualTo(15000)
			.jsonPath("$.documents[0].number").isEqualTo(1)
			.jsonPath("$.documents[0].originals").isEqualTo(1)
			.jsonPath("$.documents[0].certifiedCopies").isEqualTo(0)
			.jsonPath("$.documents[0].copies").isEqualTo(0)
			.jsonPath("$.sets").isEqualTo(1)
			.jsonPath("$.legalTime.text").isEqualTo("3 ngày làm việc")
			.jsonPath("$.receivedAt").isEqualTo("2026-10-26T09:30:00+07:00")
			.jsonPath("$.receivedAtText").isEqualTo("09 giờ 30 phút, ngày 26/10/2026")
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-29T09:30:00+07:00")
			.jsonPath("$.appointmentText").isEqualTo("09 giờ 30 phút, ngày 29/10/2026")
			.jsonPath("$.returnPlace").value(place -> assertThat((String) place).contains(ward))
			.jsonPath("$.lookupNote").value(note -> assertThat((String) note).contains("dichvucong.gov.vn").contains(code))
			.jsonPath("$.receivedBy").isEqualTo("canbo.mot");
	}

	@Test
	void unknownAndMalformedCodesAreNotFound() {
		this.client.get().uri("/dossiers/00001-261026-9999").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/dossiers/not-a-code/receipt").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aDossierKeepsTheProcedureVersionInForceWhenItWasReceived() {
		String procedure = "TEST-V" + System.nanoTime() % 1_000_000;
		this.db.sql("insert into procedure (code, field_code, field_name) values (:c, 'THU_NGHIEM', 'Thử nghiệm')")
			.bind("c", procedure).then().block();
		insertVersion(procedure, 1, "2020-01-01", "Thủ tục cũ", 5);
		String code = post(Requests.body(procedure, freshWard(), "IN_PERSON", Requests.ID_NUMBER,
				"[{\"key\":\"don\",\"originals\":1}]")).expectStatus().isCreated()
			.expectBody(DossierView.class).returnResult().getResponseBody().code();
		insertVersion(procedure, 2, "2026-10-26", "Thủ tục mới", 1);
		this.client.get().uri("/procedures/" + procedure + "?on=2026-10-26").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.version").isEqualTo(2);
		this.client.get().uri("/dossiers/" + code).exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.procedure.version").isEqualTo(1)
			.jsonPath("$.procedure.name").isEqualTo("Thủ tục cũ")
			.jsonPath("$.appointmentAt").isEqualTo("2026-11-02T09:30:00+07:00");
	}

	private void insertVersion(String procedure, int version, String from, String name, int days) {
		this.db.sql("insert into procedure_version (procedure_code, version, effective_from, name, processing_amount, "
				+ "processing_unit, fee_kind, channels) values (:c, :v, cast(:f as date), :n, :d, 'WORKING_DAYS', 'FREE', "
				+ "'{IN_PERSON}') returning id")
			.bind("c", procedure).bind("v", version).bind("f", from).bind("n", name).bind("d", days)
			.map(row -> row.get("id", Long.class))
			.one()
			.flatMap(id -> this.db.sql("insert into procedure_document (version_id, position, key, name, originals, "
					+ "certified_copies, copies) values (:id, 1, 'don', 'Đơn', 1, 0, 0)").bind("id", id).then())
			.block();
	}

}
