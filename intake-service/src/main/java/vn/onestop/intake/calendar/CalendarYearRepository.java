package vn.onestop.intake.calendar;

import java.time.LocalDate;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/** Reads one year of the working calendar from V2__working_calendar.sql's tables. */
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

}
