package vn.onestop.intake.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

@RestController
@RequestMapping("/procedures")
@Tag(name = "Procedures",
		description = "The public catalogue of ward-level administrative procedures, published by platform admins")
class ProcedureResource {

	static final int MAX_PAGE_SIZE = 100;

	private final ProcedureRepository procedures;

	private final PublishingProcedure publishing;

	private final Clock clock;

	ProcedureResource(ProcedureRepository procedures, PublishingProcedure publishing, ObjectProvider<Clock> clock) {
		this.procedures = procedures;
		this.publishing = publishing;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	@GetMapping
	@Operation(summary = "List the procedures in force, optionally of one field (lĩnh vực)")
	Mono<ProcedurePage> list(@Parameter(example = "HO_TICH") @RequestParam(required = false) String field,
			@Parameter(description = "ISO date; today in Asia/Ho_Chi_Minh when absent") @RequestParam(required = false) String on,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (field != null && !field.matches("[A-Z_]{1,40}")) {
			throw invalid("field", "must be a field code such as HO_TICH");
		}
		if (page < 0 || page > 10_000) {
			throw invalid("page", "must be between 0 and 10000");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		LocalDate day = date(on);
		Optional<String> byField = Optional.ofNullable(field);
		return this.procedures.inForce(byField, day, page, size)
			.map(ProcedureView::of)
			.collectList()
			.zipWith(this.procedures.countInForce(byField, day))
			.map(found -> ProcedurePage.of(found.getT1(), page, size, found.getT2()));
	}

	@GetMapping("/{code}")
	@Operation(summary = "The version of a procedure in force today or on a given date")
	Mono<ProcedureView> one(@Parameter(example = "HT-KHAI-SINH") @PathVariable String code,
			@RequestParam(required = false) String on) {
		LocalDate day = date(on);
		if (!code.matches("[A-Z0-9][A-Z0-9.-]{1,39}")) {
			return Mono.error(notFound(code, day));
		}
		return this.procedures.inForce(code, day)
			.map(ProcedureView::of)
			.switchIfEmpty(Mono.error(() -> notFound(code, day)));
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "Every version of a procedure, past, in force and announced, the latest effective date first",
			description = "Public, like the catalogue. 404 when no procedure has this code.")
	Mono<List<ProcedureView>> versions(@Parameter(example = "HT-KHAI-SINH") @PathVariable String code) {
		if (!code.matches(ProcedureRules.CODE)) {
			return Mono.error(unknown(code));
		}
		return this.procedures.versions(code)
			.map(ProcedureView::of)
			.collectList()
			.filter(versions -> !versions.isEmpty())
			.switchIfEmpty(Mono.error(() -> unknown(code)));
	}

	@PostMapping("/{code}/versions")
	@Operation(summary = "Publish a new version of a procedure, or a new procedure (platform admin)",
			description = "The body has the catalogue's shape. A version takes effect today or later and after every "
					+ "version already published; versions in force are never rewritten, and dossiers keep the version "
					+ "they were received under. A new code creates the procedure and needs its field; an existing one "
					+ "keeps its field. 201 with the version; 400 with field errors; 403 for anyone but a platform "
					+ "admin; 409 when a version on or after that date exists. Audited.")
	Mono<ResponseEntity<ProcedureView>> publish(@Parameter(example = "HT-KHAI-SINH") @PathVariable String code,
			@RequestBody ProcedurePublication publication) {
		return Callers.requireAny(Role.PLATFORM_ADMIN)
			.flatMap(admin -> this.publishing.publish(code, publication, LocalDate.now(this.clock)))
			.map(version -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Location", "/procedures/" + version.procedureCode() + "?on=" + version.effectiveFrom())
				.body(ProcedureView.of(version)));
	}

	private LocalDate date(String on) {
		if (on == null) {
			return LocalDate.now(this.clock);
		}
		try {
			return LocalDate.parse(on);
		}
		catch (DateTimeParseException ex) {
			throw invalid("on", "must be an ISO date such as 2025-07-01");
		}
	}

	private static ProblemException invalid(String parameter, String message) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + parameter + "' " + message + ".", List.of(new FieldError(parameter, message)));
	}

	private static ProblemException unknown(String code) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Procedure not found",
				"No procedure has this code.");
	}

	private static ProblemException notFound(String code, LocalDate on) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Procedure not found",
				"No procedure with this code is in force on " + on + ".");
	}

}
