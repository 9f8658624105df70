package vn.onestop.intake.dossier;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /dossiers/{code}/actions/{action}}; every field is optional and each action
 * names the ones it needs: {@code reasons} or {@code reason} to refuse, {@code missingItems} to request
 * a supplement, {@code reason} and {@code newAppointmentAt} (Vietnamese local time) to apologize.
 * Who acts is the access token's subject: {@code actor} and {@code approvedBy} are accepted for compatibility and
 * ignored. A leader approves a second supplement request or apology by making it with a WARD_LEADER token of the
 * dossier's ward; {@code approvedByLeader: true} from anyone else is refused (403).
 */
record ActionRequest(@Size(max = 100) String actor, @Size(max = 2000) String reason,
		@Size(max = 20) List<@Size(max = 500) String> reasons, @Size(max = 50) List<@Size(max = 500) String> missingItems,
		Boolean approvedByLeader, @Size(max = 100) String approvedBy, LocalDateTime newAppointmentAt) {

	static ActionRequest empty() {
		return new ActionRequest(null, null, null, null, null, null, null);
	}

	boolean claimsLeaderApproval() {
		return Boolean.TRUE.equals(this.approvedByLeader);
	}

	List<String> cleanReasons() {
		return clean(this.reasons);
	}

	List<String> cleanMissingItems() {
		return clean(this.missingItems);
	}

	private static List<String> clean(List<String> items) {
		return items == null ? List.of()
				: items.stream().filter(item -> item != null && !item.isBlank()).map(TextRules::nfc).map(String::strip).toList();
	}

}
