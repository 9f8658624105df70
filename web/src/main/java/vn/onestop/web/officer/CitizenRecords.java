package vn.onestop.web.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.onestop.web.api.Api;

/** citizen-service's search, record and history, with the officer's own token (it decides whose records show). */
@Component
class CitizenRecords {

	static final int PAGE_SIZE = 20;

	private static final ParameterizedTypeReference<List<Change>> HISTORY = new ParameterizedTypeReference<>() {
	};

	private final Api api;

	CitizenRecords(Api api) {
		this.api = api;
	}

	Mono<Found> search(String name) {
		return this.api.asUser().get()
			.uri("/citizens/search", uri -> uri.queryParam("name", "{name}").queryParam("size", PAGE_SIZE).build(name))
			.retrieve().onStatus(Api::isError, Api.problems()).bodyToMono(Found.class);
	}

	Mono<Citizen> citizen(UUID id) {
		return this.api.asUser().get().uri("/citizens/{id}", id).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Citizen.class);
	}

	Mono<List<Change>> history(UUID id) {
		return this.api.asUser().get().uri("/citizens/{id}/history", id).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(HISTORY);
	}

	record Found(List<Hit> items, int page, int size, boolean hasNext) {
	}

	record Hit(UUID id, String fullName, LocalDate dateOfBirth, String gender, String maskedIdNumber, String wardCode,
			boolean active) {
	}

	record Citizen(UUID id, String fullName, String idNumber, LocalDate dateOfBirth, String gender, String phone,
			String email, Address address, Preferences preferences, boolean active) {
	}

	record Address(String line, String wardCode) {
	}

	record Preferences(String channel, boolean consent, Instant consentAt) {
	}

	record Change(long version, String action, Instant changedAt, String changedBy, List<FieldChange> changes) {
	}

	record FieldChange(String field, String oldValue, String newValue) {
	}

}
