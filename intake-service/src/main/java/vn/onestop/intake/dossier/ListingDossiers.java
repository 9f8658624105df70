package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * Lists the dossiers of some wards by status, optionally only the near-due or the overdue ones, or those whose code
 * or submitter's name matches a search; each with the working time left, counted along its own ward's calendar.
 */
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

	Mono<DossierPage> list(Set<String> wards, Integer status, boolean nearDue, boolean overdue, DossierSearch search,
			int page, int size) {
		Instant now = this.clock.instant();
		LocalDateTime localNow = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		// one ward: its own sessions decide what is near due; several: the standard sessions, as before
		String sessionsOf = wards.size() == 1 ? wards.iterator().next() : null;
		return this.calendar.withCalendar(sessionsOf, calendar -> Lateness.nearDueHorizon(calendar, localNow))
			.flatMap(horizon -> {
				var filter = new DossierListRepository.Filter(wards, status, nearDue, overdue, now,
						horizon.atZone(WorkingCalendar.ZONE).toInstant(), search);
				return Mono.zip(this.list.page(filter, page, size).collectList()
					.flatMap(rows -> minutesLeft(rows, localNow).map(left -> rows.stream()
						.map(row -> item(row, localNow, horizon, left.get(row.code())))
						.toList())), this.list.count(filter));
			})
			.map(found -> DossierPage.of(found.getT1(), page, size, found.getT2()));
	}

	/** One calendar per ward on the page, so each dossier counts along its own ward's sessions. */
	private Mono<Map<String, Long>> minutesLeft(List<DossierListRepository.Row> rows, LocalDateTime now) {
		Map<String, List<DossierListRepository.Row>> byWard = rows.stream()
			.collect(Collectors.groupingBy(DossierListRepository.Row::wardCode));
		return Flux.fromIterable(byWard.entrySet())
			.concatMap(ward -> this.calendar.withCalendar(ward.getKey(), calendar -> {
				Map<String, Long> left = new HashMap<>();
				for (DossierListRepository.Row row : ward.getValue()) {
					left.put(row.code(), Lateness.workingMinutesLeft(calendar, row.status(),
							LocalDateTime.ofInstant(row.dueAt(), WorkingCalendar.ZONE), now));
				}
				return left;
			}))
			.collect(HashMap::new, Map::putAll);
	}

	private static DossierPage.Item item(DossierListRepository.Row row, LocalDateTime now, LocalDateTime horizon,
			Long minutesLeft) {
		LocalDateTime due = LocalDateTime.ofInstant(row.dueAt(), WorkingCalendar.ZONE);
		return new DossierPage.Item(row.code(), row.wardCode(),
				new DossierPage.Procedure(row.procedureCode(), row.procedureName()),
				new DossierView.Status(row.status().code(), row.status().name(), row.status().label()),
				row.dueAt().atZone(WorkingCalendar.ZONE).toOffsetDateTime(), minutesLeft,
				Lateness.nearDue(row.status(), due, now, horizon), Lateness.overdue(row.status(), due, now),
				row.submitterName());
	}

}
