package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import reactor.test.StepVerifier;

/** Same context as {@link CalendarResourceTest}, so the application starts once for both. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s") // generous: the first request of a context is slow on a busy machine
class CalendarYearRepositoryTest {

	@Autowired
	private CalendarYearRepository repository;

	@Autowired
	private CalendarYears years;

	@Test
	void theSeededYearsAreTheCalendarsTheArithmeticIsTestedOn() {
		for (CalendarYear expected : VietnamCalendars.ALL) {
			StepVerifier.create(this.repository.findYear(expected.year()))
				.assertNext(seeded -> {
					assertThat(seeded.provisional()).as("provisional %s", expected.year()).isEqualTo(expected.provisional());
					assertThat(kinds(seeded)).as("days of %s", expected.year()).isEqualTo(kinds(expected));
					assertThat(seeded.days()).allSatisfy(day -> assertThat(day.name()).isNotBlank());
				})
				.verifyComplete();
		}
	}

	@Test
	void aYearNobodyEnteredIsEmpty() {
		StepVerifier.create(this.repository.findYear(2031)).verifyComplete();
		StepVerifier.create(this.years.find(2031)).verifyComplete();
	}

	@Test
	void aCachedYearIsTheSameInstance() {
		StepVerifier.create(this.years.find(2025).flatMap(first -> this.years.find(2025).map(second -> second == first)))
			.expectNext(true)
			.verifyComplete();
	}

	private static Map<LocalDate, CalendarDayKind> kinds(CalendarYear year) {
		return year.days().stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
	}

}
