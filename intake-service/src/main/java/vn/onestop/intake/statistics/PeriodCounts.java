package vn.onestop.intake.statistics;

import java.util.Map;

/**
 * What happened in a period, keyed as stored: dossiers received by channel (IN_PERSON, ONLINE,
 * POSTAL), returned by timeliness, apologies and supplement requests issued, ratings by level
 * (VERY_SATISFIED, SATISFIED, NOT_SATISFIED).
 */
record PeriodCounts(Map<String, Long> receivedByChannel, Map<ReturnTimeliness, Long> returned, long apologies,
		long supplementRequests, Map<String, Long> ratings) {

	PeriodCounts {
		receivedByChannel = Map.copyOf(receivedByChannel);
		returned = Map.copyOf(returned);
		ratings = Map.copyOf(ratings);
	}

	long received(String channel) {
		return this.receivedByChannel.getOrDefault(channel, 0L);
	}

	long returned(ReturnTimeliness timeliness) {
		return this.returned.getOrDefault(timeliness, 0L);
	}

	long rated(String rating) {
		return this.ratings.getOrDefault(rating, 0L);
	}

}
