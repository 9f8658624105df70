package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.intake.dossier.Requests;
import vn.onestop.support.security.test.TestTokens;

/**
 * Issue 16, line 3: the dossier filed from a ticket being served records it, its receipt shows the ticket, and the
 * ticket finishes as FILED with the dossiers filed from it; a ticket not being served, or of another ward, is refused.
 */
class DossierFromTicketTest extends ServingContext {

	@Test
	void aDossierFiledFromTheTicketBeingServedShowsItOnItsReceiptAndFinishesTheTicket() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		ok(call(ward, 1));
		ok(act(ward, "A001", "start", "{\"counter\":1}"));

		String code = (String) read(file(ward, "A001", 201)).get("code");
		String second = (String) read(file(ward, "A001", 201)).get("code");

		Map<?, ?> receipt = read(as(TestTokens.officer(ward)).get().uri("/dossiers/{code}/receipt", code).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult());
		assertThat(receipt.get("queueTicket")).isEqualTo("A001");
		assertThat(receipt.get("dossierCode")).isEqualTo(code);

		Map<?, ?> finished = ok(act(ward, "A001", "finish", "{\"counter\":1,\"outcome\":\"FILED\"}"));
		assertThat(finished.get("status")).isEqualTo("DONE");
		assertThat(finished.get("outcome")).isEqualTo(Map.of("kind", "FILED", "dossiers", List.of(code, second)));
		assertThat(history(ward, "A001")).last().isEqualTo(
				"SERVING>DONE FINISH 1 officer-" + ward + " FILED " + code + " " + second);
		assertThat(this.db.sql("select string_agg(dossier_code, ' ' order by position) from queue_ticket_dossier d "
				+ "join queue_ticket t on t.id = d.ticket_id where t.ward_code = :ward")
			.bind("ward", ward).map(row -> row.get(0, String.class)).one().block()).isEqualTo(code + " " + second);
	}

	@Test
	void aFiledFinishMayNameDossiersOfTheWardFiledWithoutTheTicket() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		ok(call(ward, 1));
		ok(act(ward, "A001", "start", "{\"counter\":1}"));
		String created = body(as(TestTokens.officer(ward)).post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange().expectStatus().isCreated()
			.expectBody(String.class).returnResult());
		String code = (String) this.json.readValue(created, Map.class).get("code");

		Map<?, ?> finished = ok(act(ward, "A001", "finish",
				"{\"counter\":1,\"outcome\":\"FILED\",\"dossiers\":[\"" + code + "\"]}"));
		assertThat(finished.get("outcome")).isEqualTo(Map.of("kind", "FILED", "dossiers", List.of(code)));
	}

	@Test
	void aDossierWithoutTicketHasNoneOnItsReceipt() {
		String ward = wardWith(center());
		String created = body(this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange().expectStatus().isCreated()
			.expectBody(String.class).returnResult());
		String code = (String) this.json.readValue(created, Map.class).get("code");
		Map<?, ?> receipt = read(this.client.get().uri("/dossiers/{code}/receipt", code).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult());
		assertThat(receipt.containsKey("queueTicket")).isTrue();
		assertThat(receipt.get("queueTicket")).isNull();
	}

	@Test
	void aTicketNotBeingServedOrOfAnotherWardIsRefused() {
		String ward = wardWith(center());
		String other = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(other, "A002", "HO_TICH", "08:00");
		ok(call(other, 1));
		ok(act(other, "A002", "start", "{\"counter\":1}"));

		for (String number : List.of("A001", "A002", "A404")) {
			Map<?, ?> refused = read(file(ward, number, 400));
			assertThat(refused.get("errors")).isEqualTo(List.of(Map.of("field", "queueTicket", "message",
					"must be a ticket of this ward being served today")));
		}
		Map<?, ?> malformed = read(file(ward, "12", 400));
		assertThat(malformed.get("errors").toString()).contains("queueTicket", "must be a ticket number such as A012");
		assertThat(this.db.sql("select count(*) from dossier where ward_code = :ward").bind("ward", ward)
			.map(row -> row.get(0, Long.class)).one().block()).isZero();
	}

	private EntityExchangeResult<String> file(String ward, String ticket, int status) {
		String request = Requests.maritalStatus(ward, "IN_PERSON")
			.replace("\"sets\":1,", "\"sets\":1,\"queueTicket\":\"" + ticket + "\",");
		EntityExchangeResult<String> result = as(TestTokens.officer(ward)).post().uri("/dossiers")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange().expectBody(String.class).returnResult();
		assertThat(result.getStatus().value()).as(describe(result)).isEqualTo(status);
		return result;
	}

}
