package vn.onestop.gateway.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * One Resilience4j {@link RateLimiter} per budget, made on first use and kept in a size-bounded cache per kind that
 * forgets budgets idle for a while: a flood of new addresses costs bounded memory (an evicted budget restarts full).
 */
final class RateLimitBudgets {

	private final Map<RateLimitKind, Cache<String, RateLimiter>> limiters = new EnumMap<>(RateLimitKind.class);

	private final Map<RateLimitKind, RateLimiterConfig> configs = new EnumMap<>(RateLimitKind.class);

	RateLimitBudgets(RateLimitProperties properties) {
		this(properties, Ticker.systemTicker());
	}

	RateLimitBudgets(RateLimitProperties properties, Ticker ticker) {
		for (RateLimitKind kind : RateLimitKind.values()) {
			RateLimitProperties.Limit limit = properties.of(kind);
			this.configs.put(kind, RateLimiterConfig.custom()
				.limitForPeriod(limit.permits())
				.limitRefreshPeriod(limit.window())
				.timeoutDuration(Duration.ZERO)
				.build());
			this.limiters.put(kind, Caffeine.newBuilder()
				.maximumSize(properties.maxKeys())
				.expireAfterAccess(longest(properties.idleExpiry(), limit.window()))
				.ticker(ticker)
				.build());
		}
	}

	/** Takes one request from the budget: empty when there was room, else the nanoseconds until there is. */
	OptionalLong take(RateLimitKey key) {
		RateLimiter limiter = limiter(key);
		return limiter.acquirePermission() ? OptionalLong.empty() : OptionalLong.of(nanosToWait(key, limiter));
	}

	/** Like {@link #take} without taking anything: empty when the budget has room. */
	OptionalLong peek(RateLimitKey key) {
		RateLimiter limiter = this.limiters.get(key.kind()).getIfPresent(key.owner());
		if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(nanosToWait(key, limiter));
	}

	private RateLimiter limiter(RateLimitKey key) {
		return this.limiters.get(key.kind())
			.get(key.owner(), owner -> RateLimiter.of(key.kind().tag(), this.configs.get(key.kind())));
	}

	private long nanosToWait(RateLimitKey key, RateLimiter limiter) {
		long wait = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
				: this.configs.get(key.kind()).getLimitRefreshPeriod().toNanos();
		return Math.max(0, wait);
	}

	long size(RateLimitKind kind) {
		Cache<String, RateLimiter> cache = this.limiters.get(kind);
		cache.cleanUp();
		return cache.estimatedSize();
	}

	/** A budget must outlive its window, or forgetting it would hand out a fresh one early. */
	private static Duration longest(Duration idle, Duration window) {
		return idle.compareTo(window) >= 0 ? idle : window;
	}

}
