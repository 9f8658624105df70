package vn.onestop.citizen.ward;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * The national ward registry: units by code and day, name search, and the old→new merger links. Public administrative
 * data, read with a token of any role; only platform admins record mergers.
 */
@RestController
@Tag(name = "Wards", description = "Commune-level units before and after the 1 July 2025 merger")
class WardResource {

	private static final String ON = "Day the answer is valid for, YYYY-MM-DD; default today (Vietnam time)";

	private final WardRepository wards;

	private final MergingWards merging;

	WardResource(WardRepository wards, MergingWards merging) {
		this.wards = wards;
		this.merging = merging;
	}

	@GetMapping(path = "/wards", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Units in force on a day, optionally by accent-insensitive name and by province")
	Mono<WardPage> search(@Parameter(description = "Name fragment, accents optional") @RequestParam(required = false) String q,
			@Parameter(description = "2-digit province code") @RequestParam(required = false) String province,
			@Parameter(description = ON) @RequestParam(required = false) String on,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return Mono.fromCallable(() -> WardParameters.query(q, province, on, page, size)).flatMap(this.wards::search);
	}

	@GetMapping(path = "/wards/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The unit that had this code on the day")
	Mono<WardView> byCode(@PathVariable String code, @Parameter(description = ON) @RequestParam(required = false) String on) {
		return inForce(code, on);
	}

	@GetMapping(path = "/wards/{code}/predecessors", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The old units merged, wholly or partly, into the unit that had this code on the day")
	Mono<List<WardLinkView>> predecessors(@PathVariable String code,
			@Parameter(description = ON) @RequestParam(required = false) String on) {
		return inForce(code, on).flatMap(unit -> this.wards.predecessors(unit.code(), start(unit)).collectList());
	}

	@GetMapping(path = "/wards/{code}/successors", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The new units that the unit having this code on the day was merged into; pass an "
			+ "?on= before 2025-07-01 for an old code")
	Mono<List<WardLinkView>> successors(@PathVariable String code,
			@Parameter(description = ON) @RequestParam(required = false) String on) {
		return inForce(code, on).flatMap(unit -> this.wards.successors(unit.code(), start(unit)).collectList());
	}

	@PostMapping(path = "/wards/mergers", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a merger after 2025-07-01: a new unit replacing its predecessors from a day",
			description = "Body: successor{code, name, type (WARD, COMMUNE, TOWN, SPECIAL_ZONE), provinceCode}, "
					+ "effectiveOn (after 2025-07-01, not in the future), predecessors[{code, partial, continues}]. "
					+ "A full predecessor ends the day before; a partial one is split and ends too unless continues=true. "
					+ "Citizens of full predecessors move to the new unit, those of partial ones are marked for review "
					+ "(GET /citizens/reviews). 201 when recorded, 200 with the same answer when posted again; "
					+ "400 invalid fields; 422 predecessor-not-in-force, unknown-province, merger-cycle; "
					+ "409 ward-code-in-use (the code names another unit on or after the day and is not a predecessor "
					+ "ending now), merger-conflict (same new unit and day recorded with other content). "
					+ "PLATFORM_ADMIN only (403 otherwise); audited as ward.merger.")
	// relative to /wards/mergers, so it is right both directly and behind the gateway's /api/v1
	Mono<ResponseEntity<MergerOutcome>> merge(@RequestBody MergerForm form) {
		return Callers.requireAny(Role.PLATFORM_ADMIN).flatMap(admin -> this.merging.merge(form)).map(result -> (result.created()
				? ResponseEntity.created(URI.create(result.outcome().successor().code() + "?on="
						+ result.outcome().effectiveOn()))
				: ResponseEntity.ok()).body(result.outcome()));
	}

	@GetMapping(path = "/provinces", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Provinces in force on a day, with their number of commune-level units")
	Mono<List<ProvinceView>> provinces(@Parameter(description = ON) @RequestParam(required = false) String on) {
		return Mono.fromCallable(() -> WardParameters.on(on)).flatMap(day -> this.wards.provinces(day).collectList());
	}

	private Mono<WardView> inForce(String code, String on) {
		return Mono.fromCallable(() -> new CodeOnDay(WardParameters.code(code), WardParameters.on(on)))
			.flatMap(key -> this.wards.findInForce(key.code(), key.on())
				.switchIfEmpty(Mono.error(() -> new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
						"Ward not found", "No commune-level unit had code " + key.code() + " on " + key.on() + "."))));
	}

	private static LocalDate start(WardView unit) {
		return unit.effectiveFrom() == null ? AdminUnit.UNKNOWN_START : unit.effectiveFrom();
	}

	private record CodeOnDay(String code, LocalDate on) {
	}

}
