package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;

/** Lists dossiers by ward and status, optionally only the near-due or the overdue ones. */
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

	Mono<DossierPage> list(String ward, Integer status, boolean nearDue, boolean overdue, int page, int size) {
		Instant now = this.clock.instant();
		LocalDateTime localNow = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		return this.calendar.withCalendar(ward, calendar -> Lateness.nearDueHorizon(calendar, localNow))
			.flatMap(horizon -> {
				var filter = new DossierListRepository.Filter(ward, status, nearDue, overdue, now,
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
