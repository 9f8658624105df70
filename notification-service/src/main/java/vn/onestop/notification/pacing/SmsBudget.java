package vn.onestop.notification.pacing;

import java.util.Map;

/**
 * Each ward's daily allowance of SMS segments: a default, and overrides per ward code. Urgent SMS
 * always go (and count); a non-urgent one goes only if its segments fit in what is left today.
 */
public record SmsBudget(int defaultDailySegments, Map<String, Integer> perWard) {

	public SmsBudget {
		perWard = perWard == null ? Map.of() : Map.copyOf(perWard);
		if (defaultDailySegments < 1 || perWard.values().stream().anyMatch(segments -> segments < 1)) {
			throw new IllegalArgumentException("an SMS budget must be at least 1 segment a day");
		}
	}

	public int dailySegmentsOf(String ward) {
		return this.perWard.getOrDefault(ward, this.defaultDailySegments);
	}

	public boolean allows(Urgency urgency, String ward, long usedToday, int segments) {
		return urgency.isUrgent() || usedToday + segments <= dailySegmentsOf(ward);
	}

	/** Segments sent today over the day's budget: 0.8 warns, 1 is used up, above 1 only urgent SMS went. */
	public double usedRatio(String ward, long usedToday) {
		return (double) usedToday / dailySegmentsOf(ward);
	}

	public Level levelOf(String ward, long usedToday) {
		double ratio = usedRatio(ward, usedToday);
		return ratio >= 1 ? Level.USED_UP : ratio >= 0.8 ? Level.WARNING : Level.NORMAL;
	}

	public enum Level {

		NORMAL, WARNING, USED_UP

	}

}
