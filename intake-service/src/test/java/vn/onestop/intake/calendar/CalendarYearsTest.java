package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** The calendar cache after PUT /calendar/{year}: invalidated years are read again, stale reads not kept. */
class CalendarYearsTest {

	private static final CalendarYear OLD = new CalendarYear(2027, true, List.of());

	private static final CalendarYear NEW = new CalendarYear(2027, false, List.of());

	private final Deque<Mono<CalendarYear>> answers = new ArrayDeque<>();

	private int reads;

	private final CalendarYears years = new CalendarYears(new CalendarYearRepository(null) {
		@Override
		Mono<CalendarYear> findYear(int year) {
			CalendarYearsTest.this.reads++;
			return CalendarYearsTest.this.answers.pop();
		}
	});

	@Test
	void keepsAYearUntilItIsInvalidated() {
		this.answers.add(Mono.just(OLD));
		this.answers.add(Mono.just(NEW));
		StepVerifier.create(this.years.find(2027)).expectNext(OLD).verifyComplete();
		StepVerifier.create(this.years.find(2027)).expectNext(OLD).verifyComplete();
		assertThat(this.reads).isEqualTo(1);
		this.years.invalidate(2027);
		StepVerifier.create(this.years.find(2027)).expectNext(NEW).verifyComplete();
		assertThat(this.reads).isEqualTo(2);
	}

	@Test
	void doesNotCacheWhatWasReadBeforeAnInvalidation() {
		Sinks.One<CalendarYear> slowRead = Sinks.one();
		this.answers.add(slowRead.asMono());
		this.answers.add(Mono.just(NEW));
		StepVerifier.create(this.years.find(2027))
			.then(() -> {
				this.years.invalidate(2027);
				slowRead.tryEmitValue(OLD);
			})
			.expectNext(OLD)
			.verifyComplete();
		StepVerifier.create(this.years.find(2027)).expectNext(NEW).verifyComplete();
		assertThat(this.reads).isEqualTo(2);
	}

}
