package vn.onestop.notification.pacing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import vn.onestop.notification.template.TemplateKind;

/**
 * When a message may be sent: urgency from its template and event, quiet hours for non-urgent
 * messages, and the ward's daily SMS budget, which defers non-urgent SMS to the next morning.
 */
public final class Pacing {

	private final QuietHours quietHours;

	private final SmsBudget budget;

	private final Set<String> nonUrgentEventTypes;

	public Pacing(QuietHours quietHours, SmsBudget budget, Set<String> nonUrgentEventTypes) {
		this.quietHours = quietHours;
		this.budget = budget;
		this.nonUrgentEventTypes = Set.copyOf(nonUrgentEventTypes);
	}

	public Urgency urgencyOf(TemplateKind kind, String eventType) {
		return Urgency.of(kind, eventType, this.nonUrgentEventTypes);
	}

	/** The instant itself, or the end of the quiet hours for a non-urgent message queued in them. */
	public Instant earliestSend(Urgency urgency, Instant at) {
		return this.quietHours.earliestSend(urgency, at);
	}

	/** The next day's opening when a non-urgent SMS does not fit in the ward's budget left today. */
	public Optional<Instant> budgetHold(Urgency urgency, String ward, long usedToday, int segments, Instant at) {
		if (this.budget.allows(urgency, ward, usedToday, segments)) {
			return Optional.empty();
		}
		return Optional.of(this.quietHours.openingOf(dayOf(at).plusDays(1)));
	}

	public LocalDate dayOf(Instant at) {
		return this.quietHours.dayOf(at);
	}

	public SmsBudget budget() {
		return this.budget;
	}

}
