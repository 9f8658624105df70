package vn.onestop.notification.pacing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmsBudgetTest {

	private final SmsBudget budget = new SmsBudget(2000, Map.of("20242", 10));

	@Test
	void aWardWithoutOverrideHasTheDefault() {
		assertThat(this.budget.dailySegmentsOf("26734")).isEqualTo(2000);
		assertThat(this.budget.dailySegmentsOf("20242")).isEqualTo(10);
		assertThat(new SmsBudget(5, null).dailySegmentsOf("20242")).isEqualTo(5);
	}

	@ParameterizedTest(name = "{0} used + {1} segments: non-urgent allowed {2}")
	@CsvSource({ "0, 1, true", "8, 2, true", "9, 1, true", "9, 2, false", "10, 1, false", "12, 1, false",
			"0, 10, true", "0, 11, false" })
	void aNonUrgentSmsGoesOnlyIfItFitsInWhatIsLeftToday(long used, int segments, boolean allowed) {
		assertThat(this.budget.allows(Urgency.NON_URGENT, "20242", used, segments)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} used + {1} segments: urgent allowed")
	@CsvSource({ "0, 1", "10, 1", "9, 3", "500, 10" })
	void anUrgentSmsAlwaysGoes(long used, int segments) {
		assertThat(this.budget.allows(Urgency.URGENT, "20242", used, segments)).isTrue();
	}

	@ParameterizedTest(name = "{0} of 10 used: ratio {1}, {2}")
	@CsvSource({ "0, 0.0, NORMAL", "7, 0.7, NORMAL", "8, 0.8, WARNING", "9, 0.9, WARNING", "10, 1.0, USED_UP",
			"13, 1.3, USED_UP" })
	void reportsTheShareUsedWithItsThresholdsAtEightyAndAHundredPercent(long used, double ratio, SmsBudget.Level level) {
		assertThat(this.budget.usedRatio("20242", used)).isEqualTo(ratio);
		assertThat(this.budget.levelOf("20242", used)).isEqualTo(level);
	}

	@Test
	void refusesAnEmptyBudget() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SmsBudget(0, Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new SmsBudget(10, Map.of("20242", 0)));
	}

}
