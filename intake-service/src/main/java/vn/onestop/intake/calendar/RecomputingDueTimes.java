package vn.onestop.intake.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.DueTimeRecomputation.OpenDossier;
import vn.onestop.intake.calendar.DueTimeRecomputation.Recomputed;

/**
 * Recomputes the appointments of the open dossiers a calendar year can move, in bounded batches: one
 * query reads a batch with its procedure times and paused minutes, the arithmetic runs in memory with
 * the years it reaches, one statement stores the moved appointments and their log. Idempotent, so a
 * retried {@code PUT /calendar/{year}} completes an interrupted run.
 */
@Service
class RecomputingDueTimes {

	private final OpenDossierDueTimes dossiers;

	private final ComputingDueTime computing;

	private final int batchSize;

	private final Clock clock;

	RecomputingDueTimes(OpenDossierDueTimes dossiers, ComputingDueTime computing, CalendarProperties properties,
			ObjectProvider<Clock> clock) {
		this.dossiers = dossiers;
		this.computing = computing;
		this.batchSize = properties.recalculationBatchSize();
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<Recalculation> recompute(int year) {
		return Mono.defer(() -> batchAfter(year, Optional.empty(), Optional.empty(),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), Recalculation.NONE));
	}

	/**
	 * What {@link #recompute} would do if {@code proposed} replaced its year, changing nothing: the same dossiers,
	 * the same arithmetic; {@code moved} counts the appointments that would move.
	 */
	Mono<Recalculation> preview(CalendarYear proposed) {
		return Mono.defer(() -> batchAfter(proposed.year(), Optional.of(proposed), Optional.empty(),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), Recalculation.NONE));
	}

	private Mono<Recalculation> batchAfter(int year, Optional<CalendarYear> proposed, Optional<UUID> after, Instant now,
			Recalculation sofar) {
		return this.dossiers.batch(year, after, this.batchSize).flatMap(batch -> {
			if (batch.isEmpty()) {
				return Mono.just(sofar);
			}
			return moved(batch, proposed)
				.flatMap(moved -> (proposed.isPresent() ? Mono.just((long) moved.size())
						: this.dossiers.store(year, moved, now))
					.map(stored -> sofar.plus(batch.size(), moved.size(), stored)))
				.flatMap(total -> batch.size() < this.batchSize ? Mono.just(total)
						: batchAfter(year, proposed, Optional.of(batch.get(batch.size() - 1).id()), now, total));
		});
	}

	/** Recomputes each ward's dossiers of the batch along that ward's sessions. */
	private Mono<List<Recomputed>> moved(List<OpenDossier> batch, Optional<CalendarYear> proposed) {
		Map<String, List<OpenDossier>> byWard = batch.stream()
			.collect(Collectors.groupingBy(dossier -> Objects.requireNonNullElse(dossier.wardCode(), ""),
					LinkedHashMap::new, Collectors.toList()));
		return Flux.fromIterable(byWard.entrySet()).concatMap(ward -> {
			String code = ward.getKey().isEmpty() ? null : ward.getKey();
			Function<WorkingCalendar, List<Recomputed>> arithmetic = calendar -> moved(calendar, ward.getValue());
			return proposed.isPresent() ? this.computing.withCalendar(code, proposed.get(), arithmetic)
					: this.computing.withCalendar(code, arithmetic);
		}).flatMapIterable(Function.identity()).collectList();
	}

	private static List<Recomputed> moved(WorkingCalendar calendar, List<OpenDossier> dossiers) {
		return dossiers.stream()
			.map(dossier -> DueTimeRecomputation.recompute(calendar, dossier))
			.filter(Recomputed::changed)
			.toList();
	}

}
