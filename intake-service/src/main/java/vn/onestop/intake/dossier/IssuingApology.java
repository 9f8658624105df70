package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.ProcedureRepository;
import vn.onestop.support.security.Caller;

/**
 * The {@code apologize} action (form 04): checks {@link ApologyRules}, moves the appointment to the
 * new one, records the history row and the ApologyIssued event, and counts the apology. A second apology
 * needs a leader of the dossier's ward.
 */
@Service
class IssuingApology {

	static final String EVENT = "ApologyIssued";

	private final ActingOnDossier acting;

	private final ProcedureRepository procedures;

	private final RecordingChange recording;

	private final Clock clock;

	private final MeterRegistry meters;

	IssuingApology(ActingOnDossier acting, ProcedureRepository procedures, RecordingChange recording,
			ObjectProvider<Clock> clock, MeterRegistry meters) {
		this.acting = acting;
		this.procedures = procedures;
		this.recording = recording;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
		this.meters = meters;
	}

	Mono<Change> issue(String code, ActionRequest request, Caller caller) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return this.acting.workOn(code, caller, request).flatMap(tracked -> {
			Dossier dossier = tracked.dossier();
			LocalDateTime due = local(dossier.dueAt());
			var refused = ApologyRules.check(dossier.status(), tracked.progress().apologies(), due, local(now),
					request.reason(), request.newAppointmentAt(), DossierAccess.approves(caller, dossier.wardCode()));
			if (refused.isPresent()) {
				return Mono.error(problem(refused.get(), dossier.status()));
			}
			Change change = change(tracked, request, caller.name(), now);
			return this.procedures.byId(dossier.procedureVersionId())
				.flatMap(version -> this.recording.record(tracked, version, change, List.of())
					.doOnSuccess(recorded -> this.meters
						.counter("onestop.dossier.apologies", "ward", dossier.wardCode(), "field", version.fieldCode())
						.increment()));
		});
	}

	private Change change(Tracked tracked, ActionRequest request, String actor, Instant now) {
		Dossier dossier = tracked.dossier();
		Progress after = tracked.progress().apologized();
		Instant newDue = request.newAppointmentAt().atZone(WorkingCalendar.ZONE).toInstant();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("apology", after.apologies());
		details.put("previousAppointmentAt", ChangePlans.local(dossier.dueAt()));
		details.put("newAppointmentAt", ChangePlans.local(newDue));
		if (tracked.progress().apologies() > 0) {
			details.put("approvedByLeader", true);
			details.put("approvedBy", actor);
		}
		return new Change(dossier.status(), dossier.status(), newDue, after, ActionNames.APOLOGIZE, EVENT, actor, now,
				TextRules.nfc(request.reason()).strip(), null, null, true, details);
	}

	private static RuntimeException problem(ApologyRules.Why why, DossierStatus status) {
		List<String> allowed = ActingOnDossier.allowedIn(status);
		return switch (why) {
			case NOT_ALLOWED_NOW -> LifecycleProblems.notAllowed(ActionNames.APOLOGIZE, status, allowed);
			case DUE_PASSED -> LifecycleProblems.apologyTooLate(ActionNames.allowed(DossierLifecycle.allowedFrom(status), false));
			case LEADER_REQUIRED -> LifecycleProblems.leaderRequired(ActionNames.APOLOGIZE, allowed);
			case REASON_REQUIRED -> LifecycleProblems.missing("reason", "is required to apologize");
			case NEW_APPOINTMENT_REQUIRED -> LifecycleProblems.missing("newAppointmentAt", "is required to apologize");
			case NEW_APPOINTMENT_NOT_LATER -> LifecycleProblems.missing("newAppointmentAt",
					"must be after the current appointment");
		};
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, WorkingCalendar.ZONE);
	}

}
