package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.ProcedureRepository;
import vn.onestop.support.security.Caller;

/**
 * A dossier with the procedure version it was received under, as view or receipt, for staff of its ward and for
 * its submitter; 404 when unknown or someone else's.
 */
@Service
class ReadingDossiers {

	private final DossierRepository dossiers;

	private final ProcedureRepository procedures;

	private final DossierProperties properties;

	private final ComputingDueTime calendar;

	private final Clock clock;

	private final CitizenLinkRepository links;

	private final FilingFromTicket fromTicket;

	ReadingDossiers(DossierRepository dossiers, ProcedureRepository procedures, DossierProperties properties,
			ComputingDueTime calendar, ObjectProvider<Clock> clock, CitizenLinkRepository links,
			FilingFromTicket fromTicket) {
		this.links = links;
		this.fromTicket = fromTicket;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<DossierView> view(String code, Caller caller) {
		return find(code, caller).flatMap(dossier -> view(dossier, DossierAccess.mayWorkIn(caller, dossier.wardCode())));
	}

	/** For a caller already allowed, e.g. the one who just received it. */
	Mono<DossierView> view(String code) {
		return find(code).flatMap(dossier -> view(dossier, true));
	}

	private Mono<DossierView> view(Dossier dossier, boolean staff) {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), WorkingCalendar.ZONE);
		LocalDateTime due = LocalDateTime.ofInstant(dossier.dueAt(), WorkingCalendar.ZONE);
		return Mono
			.zip(this.procedures.byId(dossier.procedureVersionId()),
					this.calendar.withCalendar(dossier.wardCode(), calendar -> new Clocks(
							Lateness.nearDueHorizon(calendar, now),
							Lateness.workingMinutesLeft(calendar, dossier.status(), due, now)))
						.onErrorReturn(new Clocks(now, null)),
					this.links.state(dossier.id()))
			.map(found -> DossierView.of(dossier, found.getT1(), found.getT3(),
					Lateness.nearDue(dossier.status(), due, now, found.getT2().horizon()),
					Lateness.overdue(dossier.status(), due, now), found.getT2().minutesLeft(),
					staff ? allowedNow(dossier.status(), due, now) : List.of()));
	}

	/** The lifecycle's actions in this status; an apology only before the appointment passes (ApologyRules). */
	private static List<String> allowedNow(DossierStatus status, LocalDateTime due, LocalDateTime now) {
		return ActingOnDossier.allowedIn(status).stream()
			.filter(action -> !ActionNames.APOLOGIZE.equals(action) || now.isBefore(due))
			.toList();
	}

	private record Clocks(LocalDateTime horizon, Long minutesLeft) {
	}

	Mono<Receipt> receipt(String code, Caller caller) {
		return find(code, caller).flatMap(dossier -> Mono
			.zip(this.procedures.byId(dossier.procedureVersionId()),
					this.fromTicket.numberFor(dossier.id()).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.map(found -> Receipt.assemble(dossier, found.getT1(),
					this.properties.officeOf(dossier.wardCode(), dossier.code().agencyCode()), found.getT2().orElse(null))));
	}

	private Mono<Dossier> find(String code, Caller caller) {
		return find(code).filter(dossier -> DossierAccess.mayRead(caller, dossier))
			.switchIfEmpty(Mono.error(DossierProblems::notFound));
	}

	private Mono<Dossier> find(String code) {
		if (DossierCode.parse(code).isEmpty()) {
			return Mono.error(DossierProblems.notFound());
		}
		return this.dossiers.findByCode(code).switchIfEmpty(Mono.error(DossierProblems::notFound));
	}

}
