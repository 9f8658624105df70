package vn.onestop.support.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostSizeTest {

	@Test
	void startsAtTheConfiguredSize() {
		assertThat(new PostSize(100).current()).isEqualTo(100);
	}

	@Test
	void halvesAfterATimeoutDownToOne() {
		PostSize size = new PostSize(100);
		int[] expected = { 50, 25, 12, 6, 3, 1, 1 };
		for (int next : expected) {
			size.timedOut(size.current());
			assertThat(size.current()).isEqualTo(next);
		}
	}

	@Test
	void requestsOfOneSizeTimingOutTogetherHalveItOnce() {
		PostSize size = new PostSize(100);

		for (int lane = 0; lane < 4; lane++) {
			size.timedOut(100);
		}

		assertThat(size.current()).isEqualTo(50);
	}

	@Test
	void aSmallRequestTimingOutSetsTheSizeBelowIt() {
		PostSize size = new PostSize(100);

		size.timedOut(10);

		assertThat(size.current()).isEqualTo(5);
	}

	@Test
	void doublesAfterEnoughAnsweredRequestsInARowUpToTheConfiguredSize() {
		PostSize size = new PostSize(100);
		size.timedOut(100);
		size.timedOut(50);

		answer(size, PostSize.GROW_AFTER - 1);
		assertThat(size.current()).isEqualTo(25);
		answer(size, 1);
		assertThat(size.current()).isEqualTo(50);
		answer(size, PostSize.GROW_AFTER);
		assertThat(size.current()).isEqualTo(100);
		answer(size, PostSize.GROW_AFTER * 3);
		assertThat(size.current()).isEqualTo(100);
	}

	@Test
	void aTimeoutStartsTheCountOfAnsweredRequestsAgain() {
		PostSize size = new PostSize(8);
		size.timedOut(8);
		answer(size, PostSize.GROW_AFTER - 1);

		size.timedOut(2);
		answer(size, PostSize.GROW_AFTER - 1);

		assertThat(size.current()).isEqualTo(1);
	}

	@Test
	void refusesASizeBelowOne() {
		assertThatThrownBy(() -> new PostSize(0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static void answer(PostSize size, int times) {
		for (int i = 0; i < times; i++) {
			size.answered();
		}
	}

}
