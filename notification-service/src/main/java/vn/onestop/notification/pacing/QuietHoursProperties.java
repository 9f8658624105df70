package vn.onestop.notification.pacing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quiet hours (start included, end excluded, in {@code zone}) and the event types whose
 * messages are non-urgent besides courtesy templates.
 */
@ConfigurationProperties("notification.quiet-hours")
record QuietHoursProperties(@DefaultValue("21:00") LocalTime start, @DefaultValue("07:00") LocalTime end,
		@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone, @DefaultValue("SatisfactionSurvey") Set<String> nonUrgentEventTypes) {

	QuietHours quietHours() {
		return new QuietHours(this.start, this.end, this.zone);
	}

}
