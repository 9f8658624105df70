package vn.onestop.intake.statistics;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The Decision 766/QĐ-TTg indicators a ward computes from the dossiers it received in a period
 * (docs/statistics.md, domain §9): 2.1 on time, where the time waiting for a supplement is not counted (the appointment moved
 * when the citizen supplemented) and more than one supplement request counts as late; 3.3 the online share; 5.4
 * satisfaction = 100 % − late share − share rated not satisfied, never below 0. Shares are of the dossiers
 * received; with none received there is no share (null), not 0 % or 100 %.
 */
record Decision766(long received, long online, long onTime, long late, long ratedNotSatisfied,
		BigDecimal onTimePercent, BigDecimal onlinePercent, BigDecimal satisfactionPercent) {

	static final int MAX_SUPPLEMENTS_ON_TIME = 1;

	static boolean onTime(boolean endedByDue, int supplementRequests) {
		return endedByDue && supplementRequests <= MAX_SUPPLEMENTS_ON_TIME;
	}

	static Decision766 of(Collection<ReceivedGroup> groups) {
		long received = 0;
		long online = 0;
		long onTime = 0;
		long notSatisfied = 0;
		for (ReceivedGroup group : groups) {
			received += group.count();
			online += group.online() ? group.count() : 0;
			onTime += onTime(group.endedByDue(), group.supplementRequests()) ? group.count() : 0;
			notSatisfied += group.ratedNotSatisfied() ? group.count() : 0;
		}
		long late = received - onTime;
		if (received == 0) {
			return new Decision766(0, 0, 0, 0, 0, null, null, null);
		}
		long satisfied = Math.max(0, received - late - notSatisfied);
		return new Decision766(received, online, onTime, late, notSatisfied, Percentages.of(onTime, received),
				Percentages.of(online, received), Percentages.of(satisfied, received));
	}

}
