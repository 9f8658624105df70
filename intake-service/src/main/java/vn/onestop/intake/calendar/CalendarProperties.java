package vn.onestop.intake.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code recalculationBatchSize}: open dossiers read, recomputed and updated per statement after a calendar change. */
@ConfigurationProperties("intake.calendar")
record CalendarProperties(@DefaultValue("200") int recalculationBatchSize) {

	CalendarProperties {
		if (recalculationBatchSize < 1 || recalculationBatchSize > 1000) {
			throw new IllegalArgumentException("intake.calendar.recalculation-batch-size must be from 1 to 1000");
		}
	}

}
