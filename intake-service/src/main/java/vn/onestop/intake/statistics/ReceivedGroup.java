package vn.onestop.intake.statistics;

/**
 * Dossiers received in the period that look alike to Decision 766: their field, whether they came online, whether
 * their clock ended (or, still open, stands) on or before their appointment, how many supplements were requested
 * (2 standing for "more than one"), and whether their citizen rated them not satisfied.
 */
record ReceivedGroup(String fieldCode, String fieldName, boolean online, boolean endedByDue, int supplementRequests,
		boolean ratedNotSatisfied, long count) {

	ReceivedGroup {
		if (count < 0 || supplementRequests < 0) {
			throw new IllegalArgumentException("Not a count: " + count + ", " + supplementRequests);
		}
	}

}
