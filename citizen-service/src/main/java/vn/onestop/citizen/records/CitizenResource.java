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

/**
 * Citizen records. Ids in paths are server-generated UUIDs; a personal ID number only ever travels in a body.
 * Every change answers the new {@code ETag: "<version>"}; PATCH and deactivation need it back in If-Match.
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

	private final CitizenRepository citizens;

	private final CitizenHistoryRepository history;

	CitizenResource(RegisteringCitizen registering, UpdatingCitizen updating, DeactivatingCitizen deactivating,
			SearchingCitizens searching, CitizenRepository citizens, CitizenHistoryRepository history) {
		this.registering = registering;
		this.updating = updating;
		this.deactivating = deactivating;
		this.searching = searching;
		this.citizens = citizens;
		this.history = history;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register a citizen", description = "201 with Location and ETag. 400 with field errors for "
			+ "invalid values, 422 ward-not-in-force when address.wardCode is not a unit in force today, "
			+ "409 duplicate-id-number when the personal ID number is already registered.")
	Mono<ResponseEntity<CitizenView>> register(@RequestBody CitizenForm form) {
		// relative to the request path, so it is right both directly and behind the gateway's /api/v1
		return this.registering.register(form).map(citizen -> ResponseEntity
			.created(URI.create("citizens/" + citizen.id()))
			.eTag(IfMatch.etag(citizen.version()))
			.body(CitizenView.of(citizen)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a citizen by the id the service gave it")
	Mono<ResponseEntity<CitizenView>> get(@PathVariable UUID id) {
		return this.citizens.findById(id).switchIfEmpty(Mono.error(() -> CitizenProblems.notFound(id))).map(CitizenResource::ok);
	}

	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Change a citizen with a JSON merge patch",
			description = "Members: fullName, idNumber, dateOfBirth, gender, phone, email, address{line, wardCode}, "
					+ "preferences{channel, consent}; null removes an optional value. The result is checked as a whole. "
					+ "Deactivate with POST /citizens/{id}/deactivation, not with PATCH.")
	Mono<ResponseEntity<CitizenView>> patch(@PathVariable UUID id,
			@Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody JsonNode patch) {
		return Mono.fromCallable(() -> IfMatch.require(ifMatch))
			.flatMap(precondition -> this.updating.update(id, precondition, patch))
			.map(CitizenResource::ok);
	}

	@PostMapping("/{id}/deactivation")
	@Operation(summary = "Deactivate a citizen; records are never deleted",
			description = "Idempotent: an inactive citizen is answered unchanged. An inactive citizen can no longer be patched.")
	Mono<ResponseEntity<CitizenView>> deactivate(@PathVariable UUID id,
			@Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return Mono.fromCallable(() -> IfMatch.require(ifMatch))
			.flatMap(precondition -> this.deactivating.deactivate(id, precondition))
			.map(CitizenResource::ok);
	}

	@PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Find a citizen by personal ID number, sent in the body so it never appears in a URL")
	Mono<ResponseEntity<CitizenView>> lookup(@RequestBody LookupRequest request) {
		return Mono.fromCallable(() -> idNumberOf(request))
			.flatMap(this.citizens::findByIdNumber)
			.switchIfEmpty(Mono.error(CitizenProblems::noCitizenWithIdNumber))
			.map(CitizenResource::ok);
	}

	@GetMapping("/search")
	@Operation(summary = "Search citizens by name, accent-insensitive and typo-tolerant, optionally in some wards",
			description = "Best match first: citizens bearing every word searched for (the same name first, then names "
					+ "with the fewest other words; spellings closest in diacritics first), then names differing by one typo "
					+ "in one word, and only when neither finds anyone, names similar by trigrams. Folds đ/d, case, tone marks "
					+ "and their placement, i/y and NFD input. Wards alone list their citizens by name. There is no total: "
					+ "hasNext says whether another page follows (a count of every \"Nguyễn\" would cost more than the page).")
	Mono<CitizenSearchPage> search(@Parameter(description = "Full or partial name, accents optional") @RequestParam(required = false) String name,
			@Parameter(description = "5-digit ward code; repeat for several wards (at most " + CitizenSearchQuery.MAX_WARDS
					+ "), none for all") @RequestParam(name = "ward", required = false) List<String> wards,
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "" + CitizenSearchQuery.DEFAULT_SIZE) int size) {
		return Mono.fromCallable(() -> searchQuery(name, wards, page, size)).flatMap(this.searching::search);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change to a citizen: who, when, and each field's old and new value",
			description = "Personal ID numbers and phone numbers are masked.")
	Mono<List<HistoryEntryView>> history(@PathVariable UUID id) {
		return this.citizens.findById(id)
			.switchIfEmpty(Mono.error(() -> CitizenProblems.notFound(id)))
			.flatMap(citizen -> this.history.rows(id).collectList())
			.map(HistoryEntryView::of);
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
