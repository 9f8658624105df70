package vn.onestop.intake.dossier;

import java.time.Instant;

/**
 * Where a dossier stands beyond its status: the optimistic-lock version, the supplement requests and
 * the pause they started, the apologies issued, and how it completed.
 */
record Progress(long version, int supplementRequests, DossierStatus statusBeforeSupplement, Instant pausedAt,
		int apologies, Instant completedAt, Timeliness timeliness) {

	static Progress fresh() {
		return new Progress(0, 0, null, null, 0, null, null);
	}

	Progress pausedFrom(DossierStatus status, Instant at) {
		return new Progress(this.version, this.supplementRequests + 1, status, at, this.apologies, this.completedAt,
				this.timeliness);
	}

	Progress resumed() {
		return new Progress(this.version, this.supplementRequests, null, null, this.apologies, this.completedAt,
				this.timeliness);
	}

	Progress apologized() {
		return new Progress(this.version, this.supplementRequests, this.statusBeforeSupplement, this.pausedAt,
				this.apologies + 1, this.completedAt, this.timeliness);
	}

	Progress completed(Instant at, Timeliness timeliness) {
		return new Progress(this.version, this.supplementRequests, this.statusBeforeSupplement, this.pausedAt,
				this.apologies, at, timeliness);
	}

	DossierLifecycle.Situation situation(DossierStatus status) {
		return new DossierLifecycle.Situation(status, this.supplementRequests, this.statusBeforeSupplement);
	}

}
