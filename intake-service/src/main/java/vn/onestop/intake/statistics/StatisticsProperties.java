package vn.onestop.intake.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often the dossier gauges are recounted from the database (one grouped query each time). */
@ConfigurationProperties("intake.statistics.gauges")
record StatisticsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration initialDelay,
		@DefaultValue("30s") Duration refreshInterval) {

}
