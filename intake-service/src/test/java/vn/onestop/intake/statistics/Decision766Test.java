package vn.onestop.intake.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Decision 766 indicators 2.1 (on time), 3.3 (online share) and 5.4 (satisfaction), without Spring. */
class Decision766Test {

	@ParameterizedTest(name = "ended by due {0}, {1} supplement requests: on time {2}")
	@CsvSource({ "true, 0, true", "true, 1, true", "true, 2, false", "true, 7, false", "false, 0, false",
			"false, 1, false", "false, 2, false" })
	void onTimeNeedsTheAppointmentKeptAndAtMostOneSupplementRequest(boolean endedByDue, int supplements,
			boolean onTime) {
		assertThat(Decision766.onTime(endedByDue, supplements)).isEqualTo(onTime);
	}

	@Test
	void nothingReceivedHasNoShareRatherThanZeroOrAHundred() {
		Decision766 none = Decision766.of(List.of());
		assertThat(none.received()).isZero();
		assertThat(none.onTimePercent()).isNull();
		assertThat(none.onlinePercent()).isNull();
		assertThat(none.satisfactionPercent()).isNull();
		assertThat(Decision766.of(List.of(group("HO_TICH", true, true, 0, false, 0))).onTimePercent()).isNull();
	}

	@Test
	void everythingOnTimeOnlineAndUnratedIsAHundredPercent() {
		Decision766 all = Decision766.of(List.of(group("HO_TICH", true, true, 1, false, 4)));
		assertThat(all.received()).isEqualTo(4);
		assertThat(all.onTime()).isEqualTo(4);
		assertThat(all.late()).isZero();
		assertThat(all.onTimePercent()).isEqualTo(percent("100.0"));
		assertThat(all.onlinePercent()).isEqualTo(percent("100.0"));
		assertThat(all.satisfactionPercent()).isEqualTo(percent("100.0"));
	}

	@Test
	void countsLateMissedAppointmentsAndRepeatedSupplementsAndSubtractsBothSharesFromSatisfaction() {
		Decision766 ward = Decision766.of(List.of(group("HO_TICH", false, true, 0, false, 5), // on time, in person
				group("HO_TICH", true, true, 1, false, 2), // on time, online, one supplement
				group("HO_TICH", false, false, 0, false, 1), // appointment missed
				group("HO_TICH", true, true, 2, false, 1), // more than one supplement: late though by due
				group("HO_TICH", false, true, 0, true, 1))); // on time but rated not satisfied
		assertThat(ward.received()).isEqualTo(10);
		assertThat(ward.online()).isEqualTo(3);
		assertThat(ward.onTime()).isEqualTo(8);
		assertThat(ward.late()).isEqualTo(2);
		assertThat(ward.ratedNotSatisfied()).isEqualTo(1);
		assertThat(ward.onTimePercent()).isEqualTo(percent("80.0"));
		assertThat(ward.onlinePercent()).isEqualTo(percent("30.0"));
		// 100 % - 20 % late - 10 % not satisfied
		assertThat(ward.satisfactionPercent()).isEqualTo(percent("70.0"));
	}

	@Test
	void aLateDossierRatedNotSatisfiedCountsInBothSharesAsTheFormulaSays() {
		Decision766 ward = Decision766.of(List.of(group("HO_TICH", false, false, 0, true, 1),
				group("HO_TICH", false, true, 0, false, 2)));
		// 100 % - 33.3 % late - 33.3 % not satisfied = 33.3 %
		assertThat(ward.satisfactionPercent()).isEqualTo(percent("33.3"));
		assertThat(ward.onTimePercent()).isEqualTo(percent("66.7"));
	}

	@Test
	void satisfactionNeverFallsBelowZero() {
		Decision766 ward = Decision766.of(List.of(group("HO_TICH", false, false, 3, true, 3)));
		assertThat(ward.late()).isEqualTo(3);
		assertThat(ward.satisfactionPercent()).isEqualTo(percent("0.0"));
	}

	@Test
	void sharesRoundToOneDecimalHalfUp() {
		Decision766 ward = Decision766.of(List.of(group("HO_TICH", true, true, 0, false, 1),
				group("HO_TICH", false, true, 0, false, 5), group("HO_TICH", false, false, 0, false, 2)));
		assertThat(ward.onlinePercent()).isEqualTo(percent("12.5"));
		assertThat(ward.onTimePercent()).isEqualTo(percent("75.0"));
		Decision766 thirds = Decision766.of(List.of(group("HO_TICH", true, true, 0, false, 2),
				group("HO_TICH", false, false, 0, false, 1)));
		assertThat(thirds.onlinePercent()).isEqualTo(percent("66.7"));
		assertThat(thirds.satisfactionPercent()).isEqualTo(percent("66.7"));
	}

	@Test
	void reportsEachFieldByCodeAndTheirSum() {
		Decision766Report report = Decision766Report.of(List.of(group("HO_TICH", true, true, 0, false, 3),
				group("CHUNG_THUC", false, false, 0, false, 1), group("HO_TICH", false, false, 2, true, 1),
				group("CHUNG_THUC", false, true, 0, false, 1)));
		assertThat(report.byField()).extracting(Decision766Report.Field::code).containsExactly("CHUNG_THUC", "HO_TICH");
		assertThat(report.byField().get(0).name()).isEqualTo("Tên CHUNG_THUC");
		assertThat(report.byField().get(0).indicators().onTimePercent()).isEqualTo(percent("50.0"));
		assertThat(report.byField().get(1).indicators().received()).isEqualTo(4);
		assertThat(report.byField().get(1).indicators().onTimePercent()).isEqualTo(percent("75.0"));
		assertThat(report.byField().get(1).indicators().satisfactionPercent()).isEqualTo(percent("50.0"));
		assertThat(report.total().received()).isEqualTo(6);
		assertThat(report.total().online()).isEqualTo(3);
		assertThat(report.total().onTime()).isEqualTo(4);
		assertThat(report.total().onTimePercent()).isEqualTo(percent("66.7"));
		assertThat(Decision766Report.of(List.of()).byField()).isEmpty();
	}

	@Test
	void aGroupIsACount() {
		assertThatIllegalArgumentException().isThrownBy(() -> group("HO_TICH", false, true, 0, false, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> group("HO_TICH", false, true, -1, false, 1));
	}

	private static ReceivedGroup group(String field, boolean online, boolean endedByDue, int supplements,
			boolean notSatisfied, long count) {
		return new ReceivedGroup(field, "Tên " + field, online, endedByDue, supplements, notSatisfied, count);
	}

	private static BigDecimal percent(String value) {
		return new BigDecimal(value);
	}

}
