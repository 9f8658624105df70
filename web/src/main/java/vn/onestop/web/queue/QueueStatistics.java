package vn.onestop.web.queue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** intake's {@code GET /queue/{ward}/statistics}: one day of the queue, every number the API's. */
record QueueStatistics(LocalDate day, List<Field> fields, List<Counter> counters, Field total, BigDecimal noShowRate) {

	QueueStatistics {
		fields = fields == null ? List.of() : List.copyOf(fields);
		counters = counters == null ? List.of() : List.copyOf(counters);
	}

	record Field(String field, String fieldName, long issued, long served, long noShow, long notServed, long waiting,
			BigDecimal waitMinutesP50, BigDecimal waitMinutesP90, BigDecimal serviceMinutesP50,
			BigDecimal serviceMinutesP90) {
	}

	record Counter(int counter, long served, BigDecimal serviceMinutesP50, BigDecimal serviceMinutesP90) {
	}

}
