package vn.onestop.web.leader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** intake's {@code GET /statistics} answer, as the dashboard shows it; every number is the API's. */
record WardReport(String ward, String field, LocalDate from, LocalDate to, OffsetDateTime asOf, Received received,
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

	record Decision766(long received, long online, long onTime, long late, long ratedNotSatisfied,
			BigDecimal onTimePercent, BigDecimal onlinePercent, BigDecimal satisfactionPercent) {
	}

	record Decision766Report(Decision766 total, List<Field> byField) {
	}

	record Field(String code, String name, Decision766 indicators) {
	}

}
