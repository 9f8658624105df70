package vn.onestop.intake.dossier;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /dossiers/{code}/approval-requests}: the action to approve ({@code request-supplement} or
 * {@code apologize}) and its particulars as {@code POST /dossiers/{code}/actions/{action}} takes them.
 */
record ApprovalRequestForm(@NotBlank @Size(max = 40) String action, @Size(max = 2000) String reason,
		@Size(max = 50) List<@Size(max = 500) String> missingItems, LocalDateTime newAppointmentAt) {

	ActionRequest actionRequest() {
		return new ActionRequest(null, this.reason, null, this.missingItems, null, null, this.newAppointmentAt);
	}

}
