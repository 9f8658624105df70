package vn.onestop.intake.queue.live;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.queue.live.CoalescingWindow.AlreadyScheduled;
import vn.onestop.intake.queue.live.CoalescingWindow.SendAfter;
import vn.onestop.intake.queue.live.CoalescingWindow.SendNow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CoalescingWindowTest {

	private static final long MS = 1_000_000L;

	private final CoalescingWindow window = new CoalescingWindow(Duration.ofMillis(200));

	@Test
	void theFirstSignalIsSentAtOnceWhateverTheClockSays() {
		assertThat(this.window.signal(-5_000 * MS)).isEqualTo(new SendNow());
	}

	@Test
	void aSignalWithinTheWindowIsSentWhenTheWindowEnds() {
		this.window.signal(1_000 * MS);

		assertThat(this.window.signal(1_050 * MS)).isEqualTo(new SendAfter(150 * MS));
	}

	@Test
	void furtherSignalsWhileOneIsScheduledRideOnIt() {
		this.window.signal(1_000 * MS);
		this.window.signal(1_001 * MS);

		for (int i = 2; i < 100; i++) {
			assertThat(this.window.signal((1_000 + i) * MS)).isEqualTo(new AlreadyScheduled());
		}
	}

	@Test
	void aBurstOfAHundredSignalsInOneWindowGivesTwoEvents() {
		int sent = 0;
		int scheduled = 0;
		for (int i = 0; i < 100; i++) {
			CoalescingWindow.Decision decision = this.window.signal((1_000 + i) * MS);
			sent += decision instanceof SendNow ? 1 : 0;
			scheduled += decision instanceof SendAfter ? 1 : 0;
		}

		assertThat(sent).isEqualTo(1);
		assertThat(scheduled).isEqualTo(1);
	}

	@Test
	void afterTheScheduledEventASignalWaitsForTheNextWindow() {
		this.window.signal(1_000 * MS);
		this.window.signal(1_100 * MS);
		this.window.scheduledSent(1_200 * MS);

		assertThat(this.window.signal(1_250 * MS)).isEqualTo(new SendAfter(150 * MS));
	}

	@Test
	void aSignalAtExactlyTheEndOfTheWindowIsSentAtOnce() {
		this.window.signal(1_000 * MS);

		assertThat(this.window.signal(1_200 * MS)).isEqualTo(new SendNow());
	}

	@Test
	void aSignalAfterAQuietWindowIsSentAtOnce() {
		this.window.signal(1_000 * MS);
		this.window.signal(1_100 * MS);
		this.window.scheduledSent(1_200 * MS);

		assertThat(this.window.signal(5_000 * MS)).isEqualTo(new SendNow());
	}

	@Test
	void aZeroWindowSendsEverySignal() {
		CoalescingWindow none = new CoalescingWindow(Duration.ZERO);

		assertThat(none.signal(0)).isEqualTo(new SendNow());
		assertThat(none.signal(0)).isEqualTo(new SendNow());
	}

	@Test
	void aNegativeWindowIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CoalescingWindow(Duration.ofMillis(-1)));
	}

}
