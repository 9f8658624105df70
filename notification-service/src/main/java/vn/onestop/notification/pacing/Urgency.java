package vn.onestop.notification.pacing;

import java.util.Set;

import vn.onestop.notification.template.TemplateKind;

/**
 * Whether a message may wait: notices about the dossier itself (received, supplement requested,
 * refused, result ready, returned, apology) go at once; courtesy messages and the event types
 * configured as non-urgent (the satisfaction survey) wait for daytime and for the ward's SMS budget.
 */
public enum Urgency {

	URGENT, NON_URGENT;

	public static Urgency of(TemplateKind kind, String eventType, Set<String> nonUrgentEventTypes) {
		if (kind == TemplateKind.COURTESY || nonUrgentEventTypes.contains(eventType)) {
			return NON_URGENT;
		}
		return URGENT;
	}

	public static Urgency of(boolean urgent) {
		return urgent ? URGENT : NON_URGENT;
	}

	public boolean isUrgent() {
		return this == URGENT;
	}

}
