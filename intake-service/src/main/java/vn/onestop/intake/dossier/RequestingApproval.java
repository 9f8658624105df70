package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.support.security.Caller;

/**
 * {@code POST /dossiers/{code}/approval-requests}: staff of the dossier's ward ask its leader to approve a second
 * supplement request or apology, checked now by the rules the action will be made under (a refusal of the action
 * itself answers as the action would). One request waits per dossier at a time (409 approval-pending).
 */
@Service
class RequestingApproval {

	private final ActingOnDossier acting;

	private final ApprovalRepository approvals;

	private final Clock clock;

	RequestingApproval(ActingOnDossier acting, ApprovalRepository approvals, ObjectProvider<Clock> clock) {
		this.acting = acting;
		this.approvals = approvals;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<ApprovalRequest> request(String code, ApprovalRequestForm form, Caller caller) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		ActionRequest action = form.actionRequest();
		return this.acting.workOn(code, caller, action).flatMap(tracked -> {
			Dossier dossier = tracked.dossier();
			var refused = ApprovalRules.check(form.action(), dossier.status(), tracked.progress(), local(dossier.dueAt()),
					local(now), action);
			if (refused.isPresent()) {
				return Mono.error(ApprovalProblems.of(refused.get(), form.action(), dossier.status()));
			}
			String reason = action.reason() == null || action.reason().isBlank() ? null
					: TextRules.nfc(action.reason()).strip();
			ApprovalRequest request = new ApprovalRequest(UUID.randomUUID(), dossier.id(), code, null, dossier.wardCode(),
					form.action(), reason, action.cleanMissingItems(), form.newAppointmentAt(), dossier.dueAt(),
					caller.name(), now, ApprovalRequest.Status.PENDING, null, null, null);
			return this.approvals.insert(request)
				.flatMap(inserted -> inserted ? this.approvals.find(request.id()) : Mono.error(ApprovalProblems.pending()));
		});
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, WorkingCalendar.ZONE);
	}

}
