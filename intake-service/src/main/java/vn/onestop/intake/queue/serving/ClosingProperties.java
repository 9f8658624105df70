package vn.onestop.intake.queue.serving;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the closing looks for tickets left at the end of their field's last session (every replica looks; the
 * database lets one of them close each ticket).
 */
@ConfigurationProperties("intake.queue.closing")
record ClosingProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20s") Duration initialDelay,
		@DefaultValue("1m") Duration interval) {

}
