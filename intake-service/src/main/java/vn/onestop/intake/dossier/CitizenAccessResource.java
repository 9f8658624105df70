package vn.onestop.intake.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.audit.AuditOrigin;

@RestController
@Tag(name = "Citizen look-up", description = "No login: the dossier code and the last 4 digits of the submitter's phone")
class CitizenAccessResource {

	private final LookingUpDossier lookingUp;

	private final RatingDossier rating;

	CitizenAccessResource(LookingUpDossier lookingUp, RatingDossier rating) {
		this.lookingUp = lookingUp;
		this.rating = rating;
	}

	@PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Status, procedure, appointment and ward of a dossier, and whether it was rated",
			description = "Public. An unknown code and a wrong phone answer the same 404. After too many wrong pairs "
					+ "from one client (intake.lookup.throttle.*) the client gets 429 with a growing Retry-After.")
	Mono<LookingUpDossier.Found> lookUp(@Valid @RequestBody CitizenRequests.Lookup request, ServerHttpRequest http) {
		return this.lookingUp.lookUp(request, AuditOrigin.clientIp(http));
	}

	@PostMapping(path = "/dossiers/{code}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate a returned dossier once", description = "409 before the result was returned (status 10) "
			+ "and on a second rating; 404 for an unknown code or a wrong phone, throttled like the look-up (429).")
	Mono<RatingDossier.Rated> rate(@PathVariable String code, @Valid @RequestBody CitizenRequests.Rate request,
			ServerHttpRequest http) {
		return this.rating.rate(code, request, AuditOrigin.clientIp(http));
	}

}
