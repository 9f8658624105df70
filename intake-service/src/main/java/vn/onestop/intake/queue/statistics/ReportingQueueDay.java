package vn.onestop.intake.queue.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredSetup;

/**
 * The leader's queue day: the set-up's fields in their order (with zeros for a field without tickets), then any field
 * a ticket still names but the set-up no longer has; the counters that served; the total; the no-show rate among the
 * tickets called at least once. Minutes to one decimal, half up; the rate to three decimals.
 */
@Service
class ReportingQueueDay {

	private final SetupRepository setups;

	private final QueueStatisticsRepository repository;

	private final Clock clock;

	ReportingQueueDay(SetupRepository setups, QueueStatisticsRepository repository, ObjectProvider<Clock> clock) {
		this.setups = setups;
		this.repository = repository;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<QueueDayStatistics> report(String ward, String written) {
		return Mono.fromCallable(() -> day(written))
			.flatMap(day -> this.setups.find(ward)
				.switchIfEmpty(Mono.error(QueueProblems::notSetUp))
				.flatMap(setup -> Mono
					.zip(this.repository.byField(ward, day).collectList(), this.repository.byCounter(ward, day).collectList())
					.map(found -> statistics(day, setup, found.getT1(), found.getT2()))));
	}

	private LocalDate day(String written) {
		if (written == null || written.isBlank()) {
			return QueueDay.of(this.clock.instant());
		}
		try {
			return LocalDate.parse(written.strip());
		}
		catch (DateTimeParseException invalid) {
			throw QueueProblems.invalidParameter("day", "must be a date as YYYY-MM-DD");
		}
	}

	private static QueueDayStatistics statistics(LocalDate day, StoredSetup setup,
			List<QueueStatisticsRepository.Row> rows, List<QueueStatisticsRepository.CounterRow> counters) {
		Map<String, QueueStatisticsRepository.Row> byField = new LinkedHashMap<>();
		QueueStatisticsRepository.Row total = null;
		for (QueueStatisticsRepository.Row row : rows) {
			if (row.field() == null) {
				total = row;
			}
			else {
				byField.put(row.field(), row);
			}
		}
		List<QueueDayStatistics.Figures> fields = new ArrayList<>();
		for (QueueField field : setup.setup().fields()) {
			fields.add(figures(field.code(), field.name(), byField.remove(field.code())));
		}
		byField.forEach((code, row) -> fields.add(figures(code, code, row)));
		List<QueueDayStatistics.CounterFigures> counterFigures = counters.stream()
			.map(row -> new QueueDayStatistics.CounterFigures(row.counter(), row.served(), minutes(row.serviceP50()),
					minutes(row.serviceP90())))
			.toList();
		Double noShowRate = total == null || total.called() == 0 ? null
				: BigDecimal.valueOf(total.noShow()).divide(BigDecimal.valueOf(total.called()), 3, RoundingMode.HALF_UP)
					.doubleValue();
		return new QueueDayStatistics(day, fields, counterFigures, figures(null, null, total), noShowRate);
	}

	private static QueueDayStatistics.Figures figures(String field, String name, QueueStatisticsRepository.Row row) {
		if (row == null) {
			return new QueueDayStatistics.Figures(field, name, 0, 0, 0, 0, 0, null, null, null, null);
		}
		return new QueueDayStatistics.Figures(field, name, row.issued(), row.served(), row.noShow(), row.notServed(),
				row.waiting(), minutes(row.waitP50()), minutes(row.waitP90()), minutes(row.serviceP50()),
				minutes(row.serviceP90()));
	}

	private static Double minutes(Double seconds) {
		return seconds == null ? null
				: BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).doubleValue();
	}

}
