package vn.onestop.intake.queue.serving;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /queue/{ward}/tickets/{number}/actions/{action}}: the acting {@code counter} (required to
 * recall, mark a no-show, start and finish), the {@code field} of a transfer, the {@code outcome} of a finish with its
 * {@code dossiers} (FILED) or {@code reason} (REFUSED).
 */
record ActionRequest(@Min(1) @Max(99) Integer counter,
		@Pattern(regexp = "[A-Z_]{1,40}", message = "must be a field code such as HO_TICH") String field,
		String outcome, @Size(max = 20) List<String> dossiers, String reason) {

	static ActionRequest empty() {
		return new ActionRequest(null, null, null, null, null);
	}

}
