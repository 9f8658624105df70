package vn.onestop.web.officer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.onestop.web.api.Api;
import vn.onestop.web.api.ApiProblem;
import vn.onestop.web.officer.DossierDetails.Dossier;
import vn.onestop.web.officer.DossierDetails.HistoryEntry;
import vn.onestop.web.officer.DossierDetails.Receipt;

/** intake's dossier endpoints, called with the officer's own token: intake decides who sees and does what. */
@Component
class DossierClient {

	private static final ParameterizedTypeReference<List<HistoryEntry>> HISTORY = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ApprovalAsked>> APPROVALS = new ParameterizedTypeReference<>() {
	};

	private final Api api;

	DossierClient(Api api) {
		this.api = api;
	}

	Mono<Dossier> dossier(String code) {
		return this.api.asUser().get().uri("/intake/dossiers/{code}", code).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Dossier.class);
	}

	Mono<Receipt> receipt(String code) {
		return this.api.asUser().get().uri("/intake/dossiers/{code}/receipt", code).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Receipt.class);
	}

	Mono<List<HistoryEntry>> history(String code) {
		return this.api.asUser().get().uri("/intake/dossiers/{code}/history", code).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(HISTORY);
	}

	Mono<Dossier> act(String code, String action, Map<String, Object> body) {
		return this.api.asUser().post().uri("/intake/dossiers/{code}/actions/{action}", code, action)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Dossier.class);
	}

	/** Corrects a submitter citizen-service refused; intake checks it by the filing's rules and links again. */
	Mono<Void> correctSubmitter(String code, Map<String, Object> submitter) {
		return this.api.asUser().put().uri("/intake/dossiers/{code}/submitter", code)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(submitter).retrieve()
			.onStatus(Api::isError, Api.problems()).toBodilessEntity().then();
	}

	/** Asks the ward leader to approve the action as typed; intake checks it by the action's own rules. */
	Mono<Void> askApproval(String code, String action, Map<String, Object> particulars) {
		Map<String, Object> body = new LinkedHashMap<>(particulars);
		body.put("action", action);
		return this.api.asUser().post().uri("/intake/dossiers/{code}/approval-requests", code)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve()
			.onStatus(Api::isError, Api.problems()).toBodilessEntity().then();
	}

	/**
	 * The requests of this dossier waiting for the leader. intake lists those of the caller's wards only (a dossier
	 * it shows is of one of them) and has no filter by dossier, so the list is narrowed to this code here: a choice
	 * of what to show, not an access rule. Someone intake lets see the dossier but not the list (403) sees none.
	 */
	Mono<List<ApprovalAsked>> waitingApprovals(String code) {
		return this.api.asUser().get().uri("/intake/approval-requests").retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(APPROVALS)
			.map(all -> all.stream().filter(asked -> code.equals(asked.dossierCode())).toList())
			.onErrorResume(ApiProblem.class,
					problem -> problem.is(403) ? Mono.just(List.of()) : Mono.error(problem));
	}

}
