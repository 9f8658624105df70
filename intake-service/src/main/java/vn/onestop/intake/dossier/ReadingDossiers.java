package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.LocalDateTime;

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

	ReadingDossiers(DossierRepository dossiers, ProcedureRepository procedures, DossierProperties properties,
			ComputingDueTime calendar, ObjectProvider<Clock> clock, CitizenLinkRepository links) {
		this.links = links;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<DossierView> view(String code, Caller caller) {
		return find(code, caller).flatMap(this::view);
	}

	/** For a caller already allowed, e.g. the one who just received it. */
	Mono<DossierView> view(String code) {
		return find(code).flatMap(this::view);
	}

	private Mono<DossierView> view(Dossier dossier) {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), WorkingCalendar.ZONE);
		return Mono
			.zip(this.procedures.byId(dossier.procedureVersionId()),
					this.calendar.withCalendar(dossier.wardCode(), calendar -> Lateness.nearDueHorizon(calendar, now)).onErrorReturn(now),
					this.links.state(dossier.id()))
			.map(found -> {
				LocalDateTime due = LocalDateTime.ofInstant(dossier.dueAt(), WorkingCalendar.ZONE);
				return DossierView.of(dossier, found.getT1(), found.getT3(),
						Lateness.nearDue(dossier.status(), due, now, found.getT2()),
						Lateness.overdue(dossier.status(), due, now));
			});
	}

	Mono<Receipt> receipt(String code, Caller caller) {
		return find(code, caller).flatMap(dossier -> this.procedures.byId(dossier.procedureVersionId())
			.map(version -> Receipt.assemble(dossier, version,
					this.properties.officeOf(dossier.wardCode(), dossier.code().agencyCode()))));
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
