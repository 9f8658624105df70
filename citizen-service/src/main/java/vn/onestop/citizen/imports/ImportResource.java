package vn.onestop.citizen.imports;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * Consolidation imports: the citizen records a predecessor ward's old system exported, attached to the successor
 * ward. Personal data travels only in the body; the report names lines and fields, never values. Only officers and
 * leaders of the successor ward import and read imports ({@link ImportAccess}).
 */
@RestController
@RequestMapping(path = ImportBodyLimit.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Citizen imports", description = "Citizen records from a predecessor ward's old system, merged or reviewed")
class ImportResource {

	static final int MAX_PAGE_SIZE = 1000;

	private final ImportingCitizens importing;

	private final ImportRepository imports;

	ImportResource(ImportingCitizens importing, ImportRepository imports) {
		this.importing = importing;
		this.imports = imports;
	}

	@PostMapping(consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Import the citizens of a predecessor ward's old system into its successor ward",
			description = "text/csv (RFC 4180, UTF-8, header row) or application/json (an array of objects); columns "
					+ "fullName, idNumber, dateOfBirth, gender (required), phone, email, address.line, address.wardCode "
					+ "(the old ward, kept for review), preferences.channel, preferences.consent. Streamed in batches, "
					+ "all in one transaction; up to citizen.imports.max-body-size (64MB). Each row is CREATED, MERGED "
					+ "(fills in a missing phone, e-mail or address line), UNCHANGED, CONFLICT (an IMPORT_CONFLICT review "
					+ "is raised, see GET /citizens/reviews) or INVALID (reported by line, field and reason). "
					+ "201 with the report; the same file again into the same ward changes nothing and answers 200 with "
					+ "the first report and replayed=true. 400 malformed-import with the line when the file cannot be read "
					+ "(nothing is imported), 422 ward-not-in-force, 413 over the limit. Officers and leaders of "
					+ "successorWard only (403 otherwise); audited as citizen.import.")
	Mono<ResponseEntity<ImportReport>> importFile(
			@Parameter(description = "5-digit code of the ward, in force today, that receives the citizens") @RequestParam(required = false) String successorWard,
			@Parameter(description = "The old system or predecessor ward the file comes from, e.g. \"00001 HTTT-PhucXa\"") @RequestParam(required = false) String source,
			ServerHttpRequest request) {
		return Mono.fromCallable(() -> ImportRequest.of(request.getHeaders().getContentType(), successorWard, source))
			.flatMap(checked -> Callers.current()
				.flatMap(caller -> this.importing.importFile(checked, request.getBody(), caller)))
			.map(report -> report.replayed() ? ResponseEntity.ok(report)
					: ResponseEntity.created(URI.create("imports/" + report.importId())).body(report));
	}

	@GetMapping("/{id}")
	@Operation(summary = "The report of an import, with its first 1000 errors",
			description = "Officers and leaders of the import's successor ward; anyone else gets 404.")
	Mono<ImportReport> get(@PathVariable UUID id) {
		return Callers.current()
			.flatMap(caller -> this.imports.findById(id).filter(report -> ImportAccess.mayRead(caller, report.successorWard())))
			.switchIfEmpty(Mono.error(() -> ImportProblems.notFound(id)));
	}

	@GetMapping("/{id}/errors")
	@Operation(summary = "Every row an import refused, a page at a time, in file order",
			description = "Officers and leaders of the import's successor ward; anyone else gets 404.")
	Mono<ImportErrorPage> errors(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 1000") @RequestParam(defaultValue = "" + MAX_PAGE_SIZE) int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return Mono.error(ImportProblems.invalid(List.of(page < 0 ? new FieldError("page", "must be 0 or more")
					: new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE))));
		}
		return Callers.current()
			.flatMap(caller -> this.imports.successorWard(id).filter(ward -> ImportAccess.mayRead(caller, ward)))
			.flatMap(ward -> this.imports.errors(id, page, size))
			.switchIfEmpty(Mono.error(() -> ImportProblems.notFound(id)));
	}

}
