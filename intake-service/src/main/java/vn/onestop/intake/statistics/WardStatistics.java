package vn.onestop.intake.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A ward's report: dossiers received, returned, apologized for, asked to supplement and rated in the
 * period, with shares in percent (one decimal, half up); and, as of {@code asOf}, the open dossiers
 * (in progress, near-due, overdue), the numbers the Prometheus gauges show for the same ward and field; and the
 * Decision 766 indicators of the dossiers received in the period, in all and by field.
 */
record WardStatistics(String ward, String field, LocalDate from, LocalDate to, OffsetDateTime asOf, Received received,
		Returned returned, long inProgress, long nearDue, long overdue, long apologies, long supplementRequests,
		Satisfaction satisfaction, Decision766Report decision766) {

	record Received(long total, long inPerson, long online, long postal, BigDecimal inPersonPercent,
			BigDecimal onlinePercent, BigDecimal postalPercent) {
	}

	record Returned(long total, long early, long onTime, long late, BigDecimal earlyPercent, BigDecimal onTimePercent,
			BigDecimal latePercent) {
	}

	record Satisfaction(long total, long verySatisfied, long satisfied, long dissatisfied,
			BigDecimal verySatisfiedPercent, BigDecimal satisfiedPercent, BigDecimal dissatisfiedPercent) {
	}

	static WardStatistics of(StatisticsQuery query, OffsetDateTime asOf, PeriodCounts period, OpenCounts open,
			Decision766Report decision766) {
		long inPerson = period.received("IN_PERSON");
		long online = period.received("ONLINE");
		long postal = period.received("POSTAL");
		long received = inPerson + online + postal;
		long early = period.returned(ReturnTimeliness.EARLY);
		long onTime = period.returned(ReturnTimeliness.ON_TIME);
		long late = period.returned(ReturnTimeliness.LATE);
		long returned = early + onTime + late;
		long verySatisfied = period.rated("VERY_SATISFIED");
		long satisfied = period.rated("SATISFIED");
		long dissatisfied = period.rated("NOT_SATISFIED");
		long rated = verySatisfied + satisfied + dissatisfied;
		return new WardStatistics(query.ward(), query.field().orElse(null), query.from(), query.to(), asOf,
				new Received(received, inPerson, online, postal, Percentages.of(inPerson, received),
						Percentages.of(online, received), Percentages.of(postal, received)),
				new Returned(returned, early, onTime, late, Percentages.of(early, returned),
						Percentages.of(onTime, returned), Percentages.of(late, returned)),
				open.inProgress(), open.nearDue(), open.overdue(), period.apologies(), period.supplementRequests(),
				new Satisfaction(rated, verySatisfied, satisfied, dissatisfied, Percentages.of(verySatisfied, rated),
						Percentages.of(satisfied, rated), Percentages.of(dissatisfied, rated)),
				decision766);
	}

}
