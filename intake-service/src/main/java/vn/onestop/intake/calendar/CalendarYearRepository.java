package vn.onestop.intake.calendar;

import java.time.LocalDate;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and replaces years of the working calendar in V2__working_calendar.sql's tables. */
@Repository
class CalendarYearRepository {

	private final DatabaseClient db;

	CalendarYearRepository(DatabaseClient db) {
		this.db = db;
	}

	/** Empty when the year has not been entered. */
	Mono<CalendarYear> findYear(int year) {
		return this.db.sql("select provisional from calendar_year where year = :year")
			.bind("year", year)
			.map(row -> Boolean.TRUE.equals(row.get("provisional", Boolean.class)))
			.one()
			.flatMap(provisional -> this.db
				.sql("select day, kind, name from calendar_day where year = :year order by day")
				.bind("year", year)
				.map(row -> new CalendarDay(row.get("day", LocalDate.class),
						CalendarDayKind.valueOf(row.get("kind", String.class)), row.get("name", String.class)))
				.all()
				.collectList()
				.map(days -> new CalendarYear(year, provisional, days)));
	}

	/** Replaces the year's row and all its days; the caller runs it in a transaction. */
	Mono<Void> replace(CalendarYear year, String source) {
		Mono<Void> upsert = this.db
			.sql("insert into calendar_year (year, provisional, source) values (:year, :provisional, :source) "
					+ "on conflict (year) do update set provisional = excluded.provisional, source = excluded.source")
			.bind("year", year.year())
			.bind("provisional", year.provisional())
			.bind("source", source)
			.then();
		Mono<Void> clear = this.db.sql("delete from calendar_day where year = :year").bind("year", year.year()).then();
		Mono<Void> insert = Flux.fromIterable(year.days())
			.concatMap(day -> this.db.sql("insert into calendar_day (day, year, kind, name) values (:day, :year, :kind, :name)")
				.bind("day", day.date())
				.bind("year", year.year())
				.bind("kind", day.kind().name())
				.bind("name", day.name())
				.then())
			.then();
		return upsert.then(clear).then(insert);
	}

}
