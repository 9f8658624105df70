package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;

/** Lists the dossiers of some wards by status, optionally only the near-due or the overdue ones. */
@Service
class ListingDossiers {

	private final DossierListRepository list;

	private final ComputingDueTime calendar;

	private final Clock clock;

	ListingDossiers(DossierListRepository list, ComputingDueTime calendar, ObjectProvider<Clock> clock) {
		this.list = list;
		this.calendar = calendar;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<DossierPage> list(Set<String> wards, Integer status, boolean nearDue, boolean overdue, int page, int size) {
		Instant now = this.clock.instant();
		LocalDateTime localNow = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		// one ward: its own sessions decide what is near due; several: the standard sessions, as before
		String sessionsOf = wards.size() == 1 ? wards.iterator().next() : null;
		return this.calendar.withCalendar(sessionsOf, calendar -> Lateness.nearDueHorizon(calendar, localNow))
			.flatMap(horizon -> {
				var filter = new DossierListRepository.Filter(wards, status, nearDue, overdue, now,
						horizon.atZone(WorkingCalendar.ZONE).toInstant());
				return Mono.zip(this.list.page(filter, page, size).map(row -> item(row, localNow, horizon)).collectList(),
						this.list.count(filter));
			})
			.map(found -> DossierPage.of(found.getT1(), page, size, found.getT2()));
	}

	private static DossierPage.Item item(DossierListRepository.Row row, LocalDateTime now, LocalDateTime horizon) {
		LocalDateTime due = LocalDateTime.ofInstant(row.dueAt(), WorkingCalendar.ZONE);
		return new DossierPage.Item(row.code(), row.wardCode(),
				new DossierPage.Procedure(row.procedureCode(), row.procedureName()),
				new DossierView.Status(row.status().code(), row.status().name(), row.status().label()),
				row.dueAt().atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
				Lateness.nearDue(row.status(), due, now, horizon), Lateness.overdue(row.status(), due, now));
	}

}
