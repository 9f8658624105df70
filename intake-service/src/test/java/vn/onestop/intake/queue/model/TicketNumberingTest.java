package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.onestop.intake.calendar.WorkingSessions;

class TicketNumberingTest {

	private static QueueField capped(int cap) {
		return new QueueField("HO_TICH", "Hộ tịch", "HT", cap, WorkingSessions.STANDARD, Duration.ofMinutes(10));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "A, 1, A001", "A, 12, A012", "HT, 99, HT099", "ABC, 999, ABC999" })
	void aNumberIsThePrefixAndThreeDigits(String prefix, int sequence, String shown) {
		assertThat(new TicketNumber(prefix, sequence).value()).isEqualTo(shown);
		assertThat(new TicketNumber(prefix, sequence)).hasToString(shown);
		assertThat(TicketNumber.parse(shown)).contains(new TicketNumber(prefix, sequence));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a012", "A12", "A0012", "ABCD012", "A000", "Đ012", "A-012", " A012", "12" })
	void onlyThatShapeParses(String text) {
		assertThat(TicketNumber.parse(text)).isEmpty();
	}

	@Test
	void nullDoesNotParse() {
		assertThat(TicketNumber.parse(null)).isEmpty();
	}

	@Test
	void aNumberNeverNeedsAFourthDigitNorAnOtherPrefix() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketNumber("A", 1000));
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketNumber("A", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketNumber("ab", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketNumber("ABCD", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> capped(1000));
		assertThatIllegalArgumentException().isThrownBy(() -> capped(0));
	}

	@Test
	void theFirstTicketOfTheDayIsOneThenEachFollowsTheLast() {
		assertThat(TicketNumbering.next(capped(200), 0)).contains(new TicketNumber("HT", 1));
		assertThat(TicketNumbering.next(capped(200), 41)).contains(new TicketNumber("HT", 42));
	}

	@Test
	void theCapIsTheLastNumberGiven() {
		assertThat(TicketNumbering.next(capped(50), 49)).contains(new TicketNumber("HT", 50));
		assertThat(TicketNumbering.next(capped(50), 50)).isEmpty();
		assertThat(TicketNumbering.next(capped(50), 51)).as("the cap lowered during the day").isEmpty();
		assertThat(TicketNumbering.left(capped(50), 48)).isEqualTo(2);
		assertThat(TicketNumbering.left(capped(50), 50)).isZero();
		assertThat(TicketNumbering.left(capped(50), 60)).isZero();
	}

	@Test
	void theHighestCapGivesNineHundredNinetyNineAndNoMore() {
		assertThat(TicketNumbering.next(capped(999), 998)).contains(new TicketNumber("HT", 999));
		assertThat(TicketNumbering.next(capped(999), 999)).isEmpty();
	}

	@Test
	void aNegativeSequenceIsAProgrammingError() {
		assertThatIllegalArgumentException().isThrownBy(() -> TicketNumbering.next(capped(10), -1));
	}

	@Test
	void theDayTurnsAtMidnightInVietnamNotInUtc() {
		assertThat(QueueDay.of(Instant.parse("2026-07-01T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(QueueDay.of(Instant.parse("2026-07-01T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 2));
		assertThat(QueueDay.of(Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void aTicketTakenAfterLocalMidnightBelongsToTheNewDay() {
		Ticket late = Ticket.taken(new TicketNumber("A", 1), "HO_TICH", null, Instant.parse("2026-07-01T17:00:01Z"));
		assertThat(late.day()).isEqualTo(LocalDate.of(2026, 7, 2));
	}

}
