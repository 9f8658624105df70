package vn.onestop.web.api;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The name of a ward as the national registry (citizen-service, public by code) gives it, e.g. "Phường Hải Châu,
 * Đà Nẵng". When the registry cannot answer, the ward's code stands in: the look-up still shows the dossier.
 */
@Component
public class WardNames {

	private final Api api;

	public WardNames(Api api) {
		this.api = api;
	}

	public Mono<String> of(String code) {
		return this.api.anonymous()
			.get()
			.uri("/wards/{code}", code)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(Ward.class)
			.map(Ward::shown)
			.onErrorResume(unavailable -> Mono.empty())
			.defaultIfEmpty(code);
	}

	record Ward(String code, String fullName, String provinceName) {

		String shown() {
			return this.provinceName == null || this.provinceName.isBlank() ? this.fullName
					: this.fullName + ", " + this.provinceName;
		}

	}

}
