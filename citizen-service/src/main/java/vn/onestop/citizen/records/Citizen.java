package vn.onestop.citizen.records;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored citizen. {@code consentAt} is when the current consent answer was recorded; {@code version}
 * grows by one with every change and is the ETag. Citizens are deactivated, never deleted.
 */
record Citizen(UUID id, CitizenDetails details, Instant consentAt, boolean active, long version) {

	Citizen withDetails(CitizenDetails changed, Instant now) {
		boolean consentChanged = changed.preferences().consent() != this.details.preferences().consent();
		return new Citizen(this.id, changed, consentChanged ? now : this.consentAt, this.active, this.version + 1);
	}

	Citizen deactivated() {
		return new Citizen(this.id, this.details, this.consentAt, false, this.version + 1);
	}

}
