package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.onestop.support.security.test.TestTokens;

/**
 * The dossier list for the officer's inbox, against PostgreSQL: search by code or by the submitter's name typed with
 * or without accents, the working time left along the ward's calendar, and the actions a dossier allows now.
 */
class DossierListSearchTest extends IntakeContext {

	private Actions actions;

	@BeforeEach
	void steps() {
		this.actions = new Actions(this.client);
	}

	@Test
	void findsDossiersByTheSubmittersNameWithOrWithoutAccentsFromTheStartOfAWord() {
		String ward = freshWard();
		String an = receive(ward, "Nguyễn Văn An");
		String lan = receive(ward, "Trần Thị Lan");
		String thuy = receive(ward, "Đỗ Thị Thuỷ");

		assertThat(codes(ward, "nguyen van an")).containsExactly(an);
		assertThat(codes(ward, "NGUYỄN VĂN AN")).containsExactly(an);
		assertThat(codes(ward, "an")).containsExactly(an);
		assertThat(codes(ward, "lan")).containsExactly(lan);
		assertThat(codes(ward, "do thi thuy")).containsExactly(thuy);
		assertThat(codes(ward, "Đỗ Thị Thủy")).containsExactly(thuy);
		assertThat(codes(ward, "thi")).containsExactlyInAnyOrder(lan, thuy);
		assertThat(codes(ward, "Hoàng")).isEmpty();
		assertThat(codes(ward, "%")).isEmpty();
		this.client.get().uri("/dossiers?ward={w}&q=an", ward).exchange()
			.expectBody().jsonPath("$.items[0].submitterName").isEqualTo("Nguyễn Văn An");
	}

	@Test
	void findsADossierByPartOfItsCodeAndNeverOneOfAnotherWard() {
		String ward = freshWard();
		String mine = receive(ward, "Nguyễn Văn An");
		String other = receive(freshWard(), "Nguyễn Văn An");
		String sequence = mine.substring(mine.lastIndexOf('-') + 1);

		assertThat(codes(ward, mine)).containsExactly(mine);
		assertThat(codes(ward, mine.toLowerCase())).containsExactly(mine);
		assertThat(codes(ward, sequence)).contains(mine).doesNotContain(other);
		this.as(TestTokens.officer(ward)).get().uri("/dossiers?q={q}", "nguyen van an").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].code").isEqualTo(mine);
		this.client.get().uri("/dossiers?ward={w}&q={q}", ward, "a".repeat(101)).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
	}

	@Test
	void eachDossierCarriesTheWorkingTimeLeftNegativeOnceOverdueAndNoneWhileItsClockIsPaused() {
		String ward = freshWard();
		String code = receive(ward, "Nguyễn Văn An");
		// received Monday 09:30, 3 working days: due Thursday 09:30; 3 days of 8 working hours
		this.client.get().uri("/dossiers?ward={w}", ward).exchange().expectBody()
			.jsonPath("$.items[0].workingMinutesLeft").isEqualTo(3 * 8 * 60);
		this.clock.set(LocalDateTime.of(2026, 10, 28, 16, 0)); // Wednesday 16:00: 1 h today, 07:00-09:30 Thursday
		this.client.get().uri("/dossiers?ward={w}", ward).exchange().expectBody()
			.jsonPath("$.items[0].workingMinutesLeft").isEqualTo(60 + 150);
		this.client.get().uri("/dossiers/{c}", code).exchange().expectBody()
			.jsonPath("$.workingMinutesLeft").isEqualTo(60 + 150);
		this.clock.set(LocalDateTime.of(2026, 10, 29, 14, 0)); // Thursday 14:00: 09:30-11:30 and 13:30-14:00 past due
		this.client.get().uri("/dossiers?ward={w}", ward).exchange().expectBody()
			.jsonPath("$.items[0].workingMinutesLeft").isEqualTo(-(120 + 30))
			.jsonPath("$.items[0].overdue").isEqualTo(true);
		this.actions.ok(code, "request-supplement", "{\"reason\":\"Thiếu\",\"missingItems\":[\"Tờ khai\"]}");
		this.client.get().uri("/dossiers?ward={w}", ward).exchange().expectBody()
			.jsonPath("$.items[0].workingMinutesLeft").doesNotExist();
	}

	@Test
	void aDossierNamesTheActionsItsStaffMayTakeNowAndNoneForItsCitizen() {
		String ward = freshWard();
		String code = receive(ward, "Nguyễn Văn An");
		this.client.get().uri("/dossiers/{c}", code).exchange().expectBody()
			.jsonPath("$.allowedActions").isEqualTo(java.util.List.of("transfer", "request-supplement", "fees-due",
					"withdraw", "stop", "apologize"));
		this.actions.ok(code, "transfer", "{}");
		this.actions.ok(code, "result-ready", "{}");
		this.client.get().uri("/dossiers/{c}", code).exchange().expectBody()
			.jsonPath("$.allowedActions").isEqualTo(java.util.List.of("return"));
		this.as(TestTokens.citizen(Requests.ID_NUMBER)).get().uri("/dossiers/{c}", code).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.allowedActions").isEmpty();
	}

	@Test
	void anOverdueDossierNoLongerOffersAnApology() {
		String ward = freshWard();
		String code = receive(ward, "Nguyễn Văn An");
		this.clock.set(LocalDateTime.of(2026, 10, 30, 9, 0));
		this.client.get().uri("/dossiers/{c}", code).exchange().expectBody()
			.jsonPath("$.allowedActions").isEqualTo(java.util.List.of("transfer", "request-supplement", "fees-due",
					"withdraw", "stop"));
	}

	private String receive(String ward, String name) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON").replace("Nguyễn Văn An", name))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(DossierView.class).returnResult().getResponseBody().code();
	}

	private java.util.List<String> codes(String ward, String q) {
		return this.client.get().uri("/dossiers?ward={w}&q={q}", ward, q).exchange()
			.expectStatus().isOk()
			.expectBody(DossierPage.class).returnResult().getResponseBody().items().stream()
			.map(DossierPage.Item::code).toList();
	}

}
