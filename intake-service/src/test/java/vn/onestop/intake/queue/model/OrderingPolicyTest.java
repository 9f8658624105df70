package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.onestop.intake.queue.model.QueueFixtures.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderingPolicyTest {

	private static final OrderingPolicy STRICT = OrderingPolicy.strictPriority();

	private static final OrderingPolicy BALANCED = OrderingPolicy.DEFAULT;

	private static List<String> ordered(OrderingPolicy policy, Ticket... tickets) {
		List<Ticket> list = new ArrayList<>(List.of(tickets));
		Collections.shuffle(list, new Random(7));
		return list.stream().sorted(policy.order()).map(ticket -> ticket.number().value()).toList();
	}

	@Test
	void theDefaultIsBalancedWithAHalfHourHeadStart() {
		assertThat(OrderingPolicy.DEFAULT.kind()).isEqualTo(OrderingPolicy.Kind.BALANCED);
		assertThat(OrderingPolicy.DEFAULT.priorityHeadStart()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void strictPutsEveryPriorityTicketBeforeEveryOrdinaryOneFirstComeFirstServedWithinEach() {
		assertThat(ordered(STRICT, waiting("A001", "HO_TICH", "07:00"), waiting("A002", "HO_TICH", "07:05"),
				waiting("A003", "HO_TICH", PriorityGroup.PREGNANT, "11:00"),
				waiting("A004", "HO_TICH", PriorityGroup.ELDERLY, "10:00"), waiting("A005", "HO_TICH", "07:03")))
			.containsExactly("A004", "A003", "A001", "A005", "A002");
	}

	@Test
	void everyPriorityGroupWeighsTheSame() {
		assertThat(ordered(STRICT, waiting("A001", "HO_TICH", PriorityGroup.MERIT, "08:02"),
				waiting("A002", "HO_TICH", PriorityGroup.DISABILITY, "08:01"),
				waiting("A003", "HO_TICH", PriorityGroup.SMALL_CHILDREN, "08:03")))
			.containsExactly("A002", "A001", "A003");
	}

	@ParameterizedTest(name = "ordinary 08:00, priority {0}: first is {1}")
	@CsvSource({ "08:10, A002", "08:29:59, A002", "08:30, A002", "08:30:01, A001", "09:00, A001" })
	void balancedLetsAPriorityTicketOvertakeOnlyThoseWhoWaitedAtMostTheHeadStart(String priorityTakenAt,
			String first) {
		Ticket ordinary = waiting("A001", "HO_TICH", "08:00");
		Ticket priority = waiting("A002", "HO_TICH", PriorityGroup.ELDERLY, priorityTakenAt);
		assertThat(ordered(BALANCED, ordinary, priority).get(0)).isEqualTo(first);
	}

	@ParameterizedTest(name = "head start {0} min, priority at {1}: first is {2}")
	@CsvSource({ "10, 08:10, A002", "10, 08:10:01, A001", "1, 08:01, A002", "1, 08:01:01, A001", "240, 12:00, A002",
			"240, 12:00:01, A001" })
	void theHeadStartIsConfigurable(int minutes, String priorityTakenAt, String first) {
		OrderingPolicy policy = OrderingPolicy.balanced(Duration.ofMinutes(minutes));
		Ticket ordinary = waiting("A001", "HO_TICH", "08:00");
		Ticket priority = waiting("A002", "HO_TICH", PriorityGroup.PREGNANT, priorityTakenAt);
		assertThat(ordered(policy, ordinary, priority).get(0)).isEqualTo(first);
	}

	@Test
	void aMorningUnderBalancedWhereStrictWouldHoldTheOrdinaryTicketsBack() {
		Ticket[] tickets = { waiting("A001", "HO_TICH", "07:00"), waiting("A002", "HO_TICH", "07:10"),
				waiting("A003", "HO_TICH", PriorityGroup.ELDERLY, "07:20"),
				waiting("A004", "HO_TICH", PriorityGroup.ELDERLY, "07:45"), waiting("A005", "HO_TICH", "07:50"),
				waiting("A006", "HO_TICH", PriorityGroup.MERIT, "08:05") };
		// Ranked arrivals: A001 07:00, A002 07:10, A003 06:50, A004 07:15, A005 07:50, A006 07:35.
		assertThat(ordered(BALANCED, tickets)).containsExactly("A003", "A001", "A002", "A004", "A006", "A005");
		assertThat(ordered(STRICT, tickets)).containsExactly("A003", "A004", "A006", "A001", "A002", "A005");
	}

	@Test
	void whenNobodyWaitsLongerThanTheHeadStartBalancedOrdersAsStrictDoes() {
		Random random = new Random(16);
		for (int round = 0; round < 200; round++) {
			List<Ticket> calm = new ArrayList<>();
			for (int i = 1; i <= 12; i++) {
				String takenAt = LocalTime.of(8, 0).plusSeconds(random.nextInt(30 * 60)).toString();
				PriorityGroup group = random.nextInt(3) == 0 ? PriorityGroup.ELDERLY : null;
				calm.add(waiting(String.format("A%03d", i), "HO_TICH", group, takenAt));
			}
			Ticket[] tickets = calm.toArray(Ticket[]::new);
			assertThat(ordered(BALANCED, tickets)).isEqualTo(ordered(STRICT, tickets));
		}
	}

	@Test
	void withinPriorityAndWithinOrdinaryBalancedIsFirstComeFirstServed() {
		assertThat(ordered(BALANCED, waiting("A001", "HO_TICH", PriorityGroup.ELDERLY, "09:00"),
				waiting("A002", "HO_TICH", PriorityGroup.ELDERLY, "08:59"))).containsExactly("A002", "A001");
		assertThat(ordered(BALANCED, waiting("A001", "HO_TICH", "09:00"), waiting("A002", "HO_TICH", "08:59")))
			.containsExactly("A002", "A001");
	}

	@Test
	void ticketsTakenAtTheSameInstantGoByNumberSoTheOrderIsTotal() {
		for (OrderingPolicy policy : List.of(STRICT, BALANCED)) {
			assertThat(ordered(policy, waiting("B001", "DAT_DAI", "08:00"), waiting("A002", "HO_TICH", "08:00"),
					waiting("A010", "HO_TICH", "08:00"))).containsExactly("A002", "A010", "B001");
		}
	}

	@Test
	void theRankedArrivalIsTheHeadStartEarlierForPriorityOnly() {
		assertThat(BALANCED.rankedArrival(waiting("A001", "HO_TICH", PriorityGroup.PREGNANT, "09:00")))
			.isEqualTo(at("08:30"));
		assertThat(BALANCED.rankedArrival(waiting("A001", "HO_TICH", "09:00"))).isEqualTo(at("09:00"));
	}

	@Test
	void theHeadStartIsFromOneMinuteToFourHours() {
		assertThatIllegalArgumentException().isThrownBy(() -> OrderingPolicy.balanced(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> OrderingPolicy.balanced(Duration.ofMinutes(-5)));
		assertThatIllegalArgumentException().isThrownBy(() -> OrderingPolicy.balanced(Duration.ofMinutes(241)));
		assertThat(OrderingPolicy.balanced(Duration.ofHours(4)).priorityHeadStart()).isEqualTo(Duration.ofHours(4));
	}

}
