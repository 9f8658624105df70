package vn.onestop.intake.calendar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Calendar years by number, kept in memory once read: a year is a few dozen rows and changes about
 * once a year. Misses are not cached, so a year entered later is found without a restart; a year
 * replaced through {@code PUT /calendar/{year}} is invalidated after its transaction commits. A read
 * that started before an invalidation does not put what it read into the cache, so a stale year read
 * during the replacement cannot outlive it. Other replicas see a replaced year after a restart.
 */
@Component
class CalendarYears {

	static final int MAX_CACHED_YEARS = 16;

	private final CalendarYearRepository repository;

	private final Map<Integer, CalendarYear> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, CalendarYear> eldest) {
			return size() > MAX_CACHED_YEARS;
		}
	});

	private final AtomicLong generation = new AtomicLong();

	CalendarYears(CalendarYearRepository repository) {
		this.repository = repository;
	}

	Mono<CalendarYear> find(int year) {
		return Mono.defer(() -> {
			CalendarYear cached = this.cache.get(year);
			if (cached != null) {
				return Mono.just(cached);
			}
			long readAt = this.generation.get();
			return this.repository.findYear(year).doOnNext(found -> {
				synchronized (this.cache) {
					if (this.generation.get() == readAt) {
						this.cache.put(year, found);
					}
				}
			});
		});
	}

	void invalidate(int year) {
		synchronized (this.cache) {
			this.generation.incrementAndGet();
			this.cache.remove(year);
		}
	}

}
