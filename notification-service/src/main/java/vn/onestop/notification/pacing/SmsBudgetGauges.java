package vn.onestop.notification.pacing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.onestop.support.scheduling.PeriodicTask;

/**
 * {@code onestop.sms.budget.used.ratio{ward}}: today's segments over the ward's daily budget, read
 * from the database every refresh interval, so every replica shows the same value. A ward's series
 * appears once it has sent an SMS; it reads 0 from the start of the next day.
 */
@Component
class SmsBudgetGauges extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(SmsBudgetGauges.class);

	private final SmsBudgetUsage usage;

	private final Pacing pacing;

	private final MeterRegistry registry;

	private final SmsBudgetProperties properties;

	private final Clock clock;

	private final Map<String, Used> wards = new ConcurrentHashMap<>();

	SmsBudgetGauges(SmsBudgetUsage usage, Pacing pacing, MeterRegistry registry, SmsBudgetProperties properties,
			ObjectProvider<Clock> clock) {
		super("Reading today's SMS budget usage", java.time.Duration.ZERO, properties.gaugeRefresh());
		this.usage = usage;
		this.pacing = pacing;
		this.registry = registry;
		this.properties = properties;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	Mono<Void> refresh() {
		LocalDate today = today();
		return this.usage.usedOn(today).doOnNext(used -> {
			used.forEach((ward, segments) -> observe(ward, today, segments));
			this.wards.keySet().stream().filter(ward -> !used.containsKey(ward)).forEach(ward -> observe(ward, today, 0));
		}).then();
	}

	private void observe(String ward, LocalDate day, long segments) {
		Used previous = this.wards.computeIfAbsent(ward, this::register);
		SmsBudget.Level before = previous.day.equals(day) ? this.pacing.budget().levelOf(ward, previous.segments)
				: SmsBudget.Level.NORMAL;
		SmsBudget.Level after = this.pacing.budget().levelOf(ward, segments);
		if (after.compareTo(before) > 0) {
			log.warn("Ward {} has used {} of its {} SMS segments today ({})", ward, segments,
					this.pacing.budget().dailySegmentsOf(ward), after);
		}
		this.wards.put(ward, new Used(day, segments));
	}

	private Used register(String ward) {
		Gauge.builder("onestop.sms.budget.used.ratio", this, gauges -> gauges.ratio(ward))
			.tag("ward", ward)
			.description("SMS segments sent today / the ward's daily budget")
			.register(this.registry);
		return new Used(today(), 0);
	}

	private double ratio(String ward) {
		Used used = this.wards.get(ward);
		return used == null || !used.day.equals(today()) ? 0 : this.pacing.budget().usedRatio(ward, used.segments);
	}

	private LocalDate today() {
		return this.pacing.dayOf(this.clock.instant());
	}

	@Override
	protected Mono<Void> step() {
		return refresh();
	}

	private record Used(LocalDate day, long segments) {
	}

}
