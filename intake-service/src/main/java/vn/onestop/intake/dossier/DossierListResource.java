package vn.onestop.intake.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.SecurityProblems;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

@RestController
@Tag(name = "Dossiers")
class DossierListResource {

	static final int MAX_SIZE = 100;

	private final ListingDossiers listing;

	DossierListResource(ListingDossiers listing) {
		this.listing = listing;
	}

	@GetMapping("/dossiers")
	@Operation(summary = "Dossiers of a ward, soonest appointment first; nearDue=true or overdue=true narrow to "
			+ "dossiers whose clock runs (status 1, 2, 4, 6) with at most one working day left, or past their appointment; "
			+ "q narrows to dossiers whose code contains it or whose submitter's name has words starting with it, typed "
			+ "with or without accents. Each item carries workingMinutesLeft (negative once overdue, null while the clock "
			+ "does not run) and the submitter's name",
			description = "Officers and leaders only, and only of their wards: without ward, the dossiers of all the "
					+ "caller's wards; a ward of someone else answers 403.")
	Mono<DossierPage> list(@RequestParam(required = false) String ward, @RequestParam(required = false) Integer status,
			@RequestParam(defaultValue = "false") boolean nearDue, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (ward != null && !ward.matches("\\d{5}")) {
			return Mono.error(invalid("ward", "must be a 5-digit ward code"));
		}
		if (status != null && (status < 1 || status > 10)) {
			return Mono.error(invalid("status", "must be a status code from 1 to 10"));
		}
		if (q != null && q.length() > DossierSearch.MAX_LENGTH) {
			return Mono.error(invalid("q", "must be at most " + DossierSearch.MAX_LENGTH + " characters"));
		}
		if (page < 0 || page > 10_000) {
			return Mono.error(invalid("page", "must be between 0 and 10000"));
		}
		if (size < 1 || size > MAX_SIZE) {
			return Mono.error(invalid("size", "must be between 1 and " + MAX_SIZE));
		}
		return Callers.current()
			.flatMap(caller -> Mono.justOrEmpty(DossierAccess.listable(caller, ward)))
			.switchIfEmpty(Mono.error(SecurityProblems::forbidden))
			.flatMap(wards -> this.listing.list(wards, status, nearDue, overdue, DossierSearch.of(q), page, size));
	}

	private static ProblemException invalid(String parameter, String message) {
		return new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST,
				vn.onestop.support.web.ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + parameter + "' " + message + ".", java.util.List.of(new FieldError(parameter, message)));
	}

}
