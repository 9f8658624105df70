package vn.onestop.intake.statistics;

/**
 * Dossiers open now: in progress (received, not refused, withdrawn, stopped, ready or returned),
 * and among those whose clock runs, near-due (due within the next working day) and overdue.
 */
record OpenCounts(long inProgress, long nearDue, long overdue) {

	static final OpenCounts NONE = new OpenCounts(0, 0, 0);

}
