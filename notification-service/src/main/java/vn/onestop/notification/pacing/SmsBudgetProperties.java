package vn.onestop.notification.pacing;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS segments a ward may send a day ({@code wards.<ward code>} overrides the default) and how often
 * the budget gauges re-read today's usage from the database.
 */
@ConfigurationProperties("notification.sms-budget")
record SmsBudgetProperties(@DefaultValue("2000") int dailySegments, Map<String, Integer> wards,
		@DefaultValue("30s") Duration gaugeRefresh) {

	SmsBudget budget() {
		return new SmsBudget(this.dailySegments, this.wards);
	}

}
