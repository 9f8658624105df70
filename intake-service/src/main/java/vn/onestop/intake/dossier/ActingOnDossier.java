package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.ProcedureRepository;
import vn.onestop.intake.procedure.ProcedureVersion;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * {@code POST /dossiers/{code}/actions/{action}} for the lifecycle actions: loads the dossier, lets
 * {@link DossierLifecycle} decide, plans the change (pause, resumption, timeliness) and records it
 * with its history and event; counts returned dossiers by timeliness once committed. Only staff of the
 * dossier's ward act on it (anyone else gets the 404 of a missing dossier); what needs a leader's approval goes
 * through for a leader of the ward, and a request claiming an approval its sender cannot give is refused (403).
 */
@Service
class ActingOnDossier {

	private final LifecycleRepository lifecycle;

	private final ProcedureRepository procedures;

	private final RecordingChange recording;

	private final ComputingDueTime calendar;

	private final Clock clock;

	private final MeterRegistry meters;

	ActingOnDossier(LifecycleRepository lifecycle, ProcedureRepository procedures, RecordingChange recording,
			ComputingDueTime calendar, ObjectProvider<Clock> clock, MeterRegistry meters) {
		this.lifecycle = lifecycle;
		this.procedures = procedures;
		this.recording = recording;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
		this.meters = meters;
	}

	Mono<Change> act(String code, DossierAction action, ActionRequest request, Caller caller) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return workOn(code, caller, request).flatMap(tracked -> {
			DossierStatus status = tracked.dossier().status();
			DossierLifecycle.Outcome outcome = DossierLifecycle.decide(tracked.progress().situation(status), action,
					ChangePlans.lifecycleReason(action, request),
					DossierAccess.approves(caller, tracked.dossier().wardCode()));
			if (outcome instanceof DossierLifecycle.Refused refused) {
				return Mono.error(problem(refused, action, status));
			}
			DossierLifecycle.Moved moved = (DossierLifecycle.Moved) outcome;
			return resumption(tracked, action, now)
				.map(resumed -> ChangePlans.plan(tracked, moved, request, caller.name(), now, resumed.orElse(null)))
				.flatMap(change -> this.procedures.byId(tracked.dossier().procedureVersionId())
					.flatMap(version -> this.recording.record(tracked, version, change, List.of())
						.onErrorResume(ActionConflict.class, conflict -> reread(code, conflict))
						.doOnSuccess(recorded -> count(tracked.dossier(), version, recorded))));
		});
	}

	/** The dossier for staff of its ward to act on; 403 for a claimed approval the caller cannot give. */
	Mono<Tracked> workOn(String code, Caller caller, ActionRequest request) {
		return find(code).filter(tracked -> DossierAccess.mayWorkIn(caller, tracked.dossier().wardCode()))
			.switchIfEmpty(Mono.error(DossierProblems::notFound))
			.flatMap(tracked -> DossierAccess.claimsApprovalFalsely(caller, tracked.dossier().wardCode(),
					request.claimsLeaderApproval()) ? Mono.error(SecurityProblems.forbidden()) : Mono.just(tracked));
	}

	/** The dossier for whoever may read it (staff of its ward, its submitter); else the 404 of a missing one. */
	Mono<Tracked> read(String code, Caller caller) {
		return find(code).filter(tracked -> DossierAccess.mayRead(caller, tracked.dossier()))
			.switchIfEmpty(Mono.error(DossierProblems::notFound));
	}

	private Mono<Tracked> find(String code) {
		if (DossierCode.parse(code).isEmpty()) {
			return Mono.error(DossierProblems.notFound());
		}
		return this.lifecycle.find(code).switchIfEmpty(Mono.error(DossierProblems::notFound));
	}

	static List<String> allowedIn(DossierStatus status) {
		return ActionNames.allowed(DossierLifecycle.allowedFrom(status), ApologyRules.possibleIn(status));
	}

	private Mono<java.util.Optional<SupplementPause.Resumed>> resumption(Tracked tracked, DossierAction action,
			Instant now) {
		Instant pausedAt = tracked.progress().pausedAt();
		if (action != DossierAction.RESUME || pausedAt == null) {
			return Mono.just(java.util.Optional.empty());
		}
		return this.calendar.withCalendar(tracked.dossier().wardCode(), calendar -> java.util.Optional.of(SupplementPause.resume(calendar,
				local(pausedAt), local(now), local(tracked.dossier().dueAt()))));
	}

	private Mono<Change> reread(String code, ActionConflict conflict) {
		return find(code).flatMap(current -> Mono.error(
				LifecycleProblems.changedMeanwhile(allowedIn(current.dossier().status()))));
	}

	private RuntimeException problem(DossierLifecycle.Refused refused, DossierAction action, DossierStatus status) {
		String name = ActionNames.of(action);
		return switch (refused.why()) {
			case NOT_ALLOWED_NOW -> LifecycleProblems.notAllowed(name, status, allowedIn(status));
			case LEADER_REQUIRED -> LifecycleProblems.leaderRequired(name, allowedIn(status));
			case REASON_REQUIRED -> LifecycleProblems.missing(ChangePlans.reasonField(action),
					"is required to " + name);
		};
	}

	private void count(Dossier dossier, ProcedureVersion version, Change change) {
		if (change != null && change.after().timeliness() != null && change.action().equals(ActionNames.of(DossierAction.RETURN_RESULT))) {
			this.meters.counter("onestop.dossiers.completed", "ward", dossier.wardCode(), "field", version.fieldCode(),
					"timeliness", change.after().timeliness().tag()).increment();
		}
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, WorkingCalendar.ZONE);
	}

}
