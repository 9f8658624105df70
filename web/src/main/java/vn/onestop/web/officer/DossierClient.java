package vn.onestop.web.officer;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.onestop.web.api.Api;
import vn.onestop.web.officer.DossierDetails.Dossier;
import vn.onestop.web.officer.DossierDetails.HistoryEntry;
import vn.onestop.web.officer.DossierDetails.Receipt;

/** intake's dossier endpoints, called with the officer's own token: intake decides who sees and does what. */
@Component
class DossierClient {

	private static final ParameterizedTypeReference<List<HistoryEntry>> HISTORY = new ParameterizedTypeReference<>() {
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

}
