package vn.onestop.intake.calendar;

/**
 * What recomputing the appointments after a calendar change did: open dossiers examined, appointments
 * moved (each logged in due_time_recalculation), and moved appointments not stored because the dossier
 * changed meanwhile (its own change already used the new calendar, or a retried PUT recomputes it).
 */
record Recalculation(long examined, long moved, long skippedAsChangedMeanwhile) {

	static final Recalculation NONE = new Recalculation(0, 0, 0);

	Recalculation plus(long examined, long computedAsMoved, long stored) {
		return new Recalculation(this.examined + examined, this.moved + stored,
				this.skippedAsChangedMeanwhile + computedAsMoved - stored);
	}

}
