package vn.onestop.intake.queue.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often the people-waiting gauge is recounted from the database (one grouped query each time). */
@ConfigurationProperties("intake.queue.gauges")
record QueueGaugeProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration initialDelay,
		@DefaultValue("15s") Duration refreshInterval) {

}
