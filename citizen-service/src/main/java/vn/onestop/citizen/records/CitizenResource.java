package vn.onestop.citizen.records;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.SecurityProblems;

import vn.onestop.rules.citizen.InvalidValue;
import vn.onestop.rules.citizen.PersonalIdNumber;

/**
 * Citizen records. Ids in paths are server-generated UUIDs; a personal ID number only ever travels in a body.
 * Every change answers the new {@code ETag: "<version>"}; PATCH and deactivation need it back in If-Match.
 * Who may do what is {@link CitizenAccess}: a record the caller may not see answers 404 like a missing one.
 */
@RestController
@RequestMapping(path = "/citizens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Citizens", description = "Citizen records, their history and Vietnamese name search")
class CitizenResource {

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private static final String IF_MATCH = "The citizen's ETag as last read, e.g. \"3\"; required (428 without, 412 if stale)";

	private final RegisteringCitizen registering;

	private final UpdatingCitizen updating;

	private final DeactivatingCitizen deactivating;

	private final SearchingCitizens searching;

	private final ReadingCitizens reading;

	CitizenResource(RegisteringCitizen registering, UpdatingCitizen updating, DeactivatingCitizen deactivating,
			SearchingCitizens searching, ReadingCitizens reading) {
		this.registering = registering;
		this.updating = updating;
		this.deactivating = deactivating;
		this.searching = searching;
		this.reading = reading;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a citizen", description = "201 with Location and ETag. 400 with field errors for "
			+ "invalid values, 403 unless the caller is an officer or leader of address.wardCode (or a platform "
			+ "service), 422 ward-not-in-force when address.wardCode is not a unit in force today, "
			+ "409 duplicate-id-number when the personal ID number is already registered.")
	Mono<ResponseEntity<CitizenView>> register(@RequestBody CitizenForm form) {
		// relative to the request path, so it is right both directly and behind the gateway's /api/v1
		return Callers.current().flatMap(caller -> this.registering.register(form, caller)).map(citizen -> ResponseEntity
			.created(URI.create("citizens/" + citizen.id()))
			.eTag(IfMatch.etag(citizen.version()))
			.body(CitizenView.of(citizen)));
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in citizen's own record (CITIZEN token), e.g. to see and change their preferences",
			description = "Found by the personal ID number the token names; 404 when no record has it, 403 for a token "
					+ "that names no citizen.")
	Mono<ResponseEntity<CitizenView>> me() {
		return Callers.current()
			.flatMap(caller -> caller.has(vn.onestop.support.security.Role.CITIZEN) && caller.personalId() != null
					? this.reading.byIdNumber(caller.personalId(), caller)
					: Mono.error(vn.onestop.support.security.SecurityProblems.forbidden()))
			.map(CitizenResource::ok);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a citizen by the id the service gave it",
			description = "For officers and leaders of the citizen's ward (and of the successor ward of an open "
					+ "PARTIAL_MERGER review of the citizen), the citizen themself and platform services; anyone else "
					+ "gets 404.")
	Mono<ResponseEntity<CitizenView>> get(@PathVariable UUID id) {
		return Callers.current().flatMap(caller -> this.reading.byId(id, caller)).map(CitizenResource::ok);
	}

	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Change a citizen with a JSON merge patch",
			description = "Members: fullName, idNumber, dateOfBirth, gender, phone, email, address{line, wardCode}, "
					+ "preferences{channel, consent}; null removes an optional value. The result is checked as a whole. "
					+ "Deactivate with POST /citizens/{id}/deactivation, not with PATCH. Officers and leaders of the "
					+ "citizen's ward change anything (the new ward may be any ward in force); the citizen themself "
					+ "only preferences (403 for any other member); anyone else gets 404.")
	Mono<ResponseEntity<CitizenView>> patch(@PathVariable UUID id,
			@Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody JsonNode patch) {
		return Mono.fromCallable(() -> IfMatch.require(ifMatch))
			.flatMap(precondition -> Callers.current()
				.flatMap(caller -> this.updating.update(id, precondition, patch, caller)))
			.map(CitizenResource::ok);
	}

	@PostMapping("/{id}/deactivation")
	@Operation(summary = "Deactivate a citizen; records are never deleted",
			description = "Idempotent: an inactive citizen is answered unchanged. An inactive citizen can no longer be "
					+ "patched. Officers and leaders of the citizen's ward only (anyone else gets 404); audited as "
					+ "citizen.deactivate.")
	Mono<ResponseEntity<CitizenView>> deactivate(@PathVariable UUID id,
			@Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return Mono.fromCallable(() -> IfMatch.require(ifMatch))
			.flatMap(precondition -> Callers.current()
				.flatMap(caller -> this.deactivating.deactivate(id, precondition, caller)))
			.map(CitizenResource::ok);
	}

	@PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Find a citizen by personal ID number, sent in the body so it never appears in a URL",
			description = "Officers and leaders find the citizens of their wards, a citizen finds themself, platform "
					+ "services find anyone; any other citizen answers 404 like an unknown number.")
	Mono<ResponseEntity<CitizenView>> lookup(@RequestBody LookupRequest request) {
		return Mono.fromCallable(() -> idNumberOf(request))
			.flatMap(idNumber -> Callers.current().flatMap(caller -> this.reading.byIdNumber(idNumber, caller)))
			.map(CitizenResource::ok);
	}

	@GetMapping("/search")
	@Operation(summary = "Search citizens by name, accent-insensitive and typo-tolerant, optionally in some wards",
			description = "Best match first: citizens bearing every word searched for (the same name first, then names "
					+ "with the fewest other words; spellings closest in diacritics first), then names differing by one typo "
					+ "in one word, and only when neither finds anyone, names similar by trigrams. Folds đ/d, case, tone marks "
					+ "and their placement, i/y and NFD input. Wards alone list their citizens by name. There is no total: "
					+ "hasNext says whether another page follows (a count of every \"Nguyễn\" would cost more than the page). "
					+ "Officers and leaders only, and only of their wards: without ward, the citizens of all the caller's "
					+ "wards; a ward of someone else answers 403.")
	Mono<CitizenSearchPage> search(@Parameter(description = "Full or partial name, accents optional") @RequestParam(required = false) String name,
			@Parameter(description = "5-digit ward code; repeat for several wards (at most " + CitizenSearchQuery.MAX_WARDS
					+ "), none for all of the caller's wards") @RequestParam(name = "ward", required = false) List<String> wards,
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "" + CitizenSearchQuery.DEFAULT_SIZE) int size) {
		return Mono.fromCallable(() -> searchQuery(name, wards, page, size))
			.flatMap(query -> Callers.current()
				.flatMap(caller -> Mono.justOrEmpty(CitizenAccess.wardsToSearch(caller, query.wards())))
				.switchIfEmpty(Mono.error(SecurityProblems::forbidden))
				.flatMap(allowed -> this.searching.search(query.withWards(allowed))));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change to a citizen: who, when, and each field's old and new value",
			description = "Personal ID numbers and phone numbers are masked. For those who may read the citizen; "
					+ "anyone else gets 404.")
	Mono<List<HistoryEntryView>> history(@PathVariable UUID id) {
		return Callers.current().flatMap(caller -> this.reading.history(id, caller));
	}

	private static ResponseEntity<CitizenView> ok(Citizen citizen) {
		return ResponseEntity.ok().eTag(IfMatch.etag(citizen.version())).body(CitizenView.of(citizen));
	}

	private static String idNumberOf(LookupRequest request) {
		try {
			return PersonalIdNumber.parse(request == null ? null : request.idNumber()).value();
		}
		catch (InvalidValue ex) {
			throw CitizenProblems.invalid("idNumber", ex.getMessage());
		}
	}

	private static CitizenSearchQuery searchQuery(String name, List<String> wards, int page, int size) {
		try {
			return CitizenSearchQuery.parse(name, wards, page, size);
		}
		catch (InvalidCitizenForm ex) {
			throw CitizenProblems.invalid(ex.problems());
		}
	}

	record LookupRequest(String idNumber) {
	}

}
