package vn.onestop.intake.dossier;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** HTTP steps of the lifecycle tests. */
final class Actions {

	private final WebTestClient client;

	Actions(WebTestClient client) {
		this.client = client;
	}

	/** The same steps by another caller. */
	Actions by(WebTestClient other) {
		return new Actions(other);
	}

	/** Receives the marital-status dossier (3 working days) in a fresh ward; on Monday 09:30 it is due Thursday 09:30. */
	String receive(String ward, String channel) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, channel))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(DossierView.class).returnResult().getResponseBody().code();
	}

	WebTestClient.ResponseSpec act(String code, String action, String body) {
		return this.client.post().uri("/dossiers/{code}/actions/{action}", code, action)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	void ok(String code, String action, String body) {
		act(code, action, body).expectStatus().isOk();
	}

}
