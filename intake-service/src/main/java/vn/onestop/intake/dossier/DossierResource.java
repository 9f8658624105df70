package vn.onestop.intake.dossier;

import java.net.URI;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;

@RestController
@RequestMapping("/dossiers")
@Tag(name = "Dossiers", description = "Intake at the counter and online, receipts (form 01)")
class DossierResource {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String CODE_FORMAT = "{agency code}-{yyMMdd}-{daily sequence}: the sequence has 4 digits (0001 to 9999) "
			+ "and, from an agency's 10,000th dossier of the day, 5 digits (10000 to 99999); see docs/dossier-codes.md";

	private final ReceivingDossier receiving;

	private final ReadingDossiers reading;

	DossierResource(ReceivingDossier receiving, ReadingDossiers reading) {
		this.receiving = receiving;
		this.reading = reading;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Receive a dossier (IN_PERSON at a counter: status 2; ONLINE or POSTAL: status 1)",
			description = "Officers and leaders of the ward only (403 for another ward). A retry with the same "
					+ "Idempotency-Key and body answers the same 201 and dossier; the same key with another body answers 422.")
	Mono<ResponseEntity<DossierView>> receive(@Valid @RequestBody DossierRequest request,
			@Parameter(description = "1 to 200 visible ASCII characters, e.g. a UUID")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")) {
			return Mono.error(DossierProblems.invalidKey());
		}
		return Callers.require(caller -> DossierAccess.mayWorkIn(caller, request.wardCode()))
			.flatMap(caller -> this.receiving.receive(request, Optional.ofNullable(idempotencyKey), caller.name()))
			.map(view -> ResponseEntity.created(URI.create("/dossiers/" + view.code())).body(view));
	}

	@GetMapping("/{code}")
	@Operation(summary = "A dossier with its snapshots, checklist, status and appointment",
			description = "For staff of its ward and for its submitter (citizen token); anyone else gets 404.")
	Mono<DossierView> one(@Parameter(description = CODE_FORMAT, example = "00004-251027-0001") @PathVariable String code) {
		return Callers.current().flatMap(caller -> this.reading.view(code, caller));
	}

	@GetMapping("/{code}/receipt")
	@Operation(summary = "The receipt and appointment slip (form 01) data",
			description = "For staff of its ward and for its submitter (citizen token); anyone else gets 404.")
	Mono<Receipt> receipt(@Parameter(description = CODE_FORMAT) @PathVariable String code) {
		return Callers.current().flatMap(caller -> this.reading.receipt(code, caller));
	}

}
