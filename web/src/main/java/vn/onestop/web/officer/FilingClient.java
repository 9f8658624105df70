package vn.onestop.web.officer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.onestop.web.api.Api;
import vn.onestop.web.api.ApiProblem;

/** Filing through intake and finding the submitter in citizen-service, both with the officer's own token. */
@Component
class FilingClient {

	private final Api api;

	FilingClient(Api api) {
		this.api = api;
	}

	/** The new dossier's code; a retry with the same key answers the same dossier (intake's idempotency). */
	Mono<String> file(Map<String, Object> body, String idempotencyKey) {
		return this.api.asUser().post().uri("/intake/dossiers").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", idempotencyKey).bodyValue(body).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Filed.class).map(Filed::code);
	}

	/** The citizen's particulars as the filing form's inputs; empty when citizen-service knows no such number. */
	Mono<Map<String, String>> citizen(String idNumber) {
		return this.api.asUser().post().uri("/citizens/lookup").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("idNumber", idNumber)).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Citizen.class)
			.map(Citizen::asInputs)
			.onErrorResume(ApiProblem.class, problem -> problem.is(404) ? Mono.empty() : Mono.error(problem));
	}

	record Filed(String code) {
	}

	record Citizen(String fullName, String idNumber, LocalDate dateOfBirth, String gender, String phone, String email,
			Address address, Preferences preferences) {

		Map<String, String> asInputs() {
			Map<String, String> inputs = new LinkedHashMap<>();
			inputs.put("submitter.fullName", this.fullName);
			inputs.put("submitter.idNumber", this.idNumber);
			inputs.put("submitter.dateOfBirth", this.dateOfBirth == null ? "" : this.dateOfBirth.toString());
			inputs.put("submitter.gender", this.gender == null ? "" : this.gender);
			inputs.put("submitter.phone", this.phone == null ? "" : this.phone);
			inputs.put("submitter.email", this.email == null ? "" : this.email);
			inputs.put("submitter.address.line", this.address == null ? "" : this.address.line());
			if (this.preferences != null && this.preferences.channel() != null && !"NOT_CHOSEN".equals(this.preferences.channel())) {
				inputs.put("submitter.notificationPreference", this.preferences.channel());
			}
			return inputs;
		}

	}

	record Address(String line, String wardCode) {
	}

	record Preferences(String channel) {
	}

}
