package vn.onestop.intake.queue.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * In which order a counter calls the waiting tickets of its fields.
 * <ul>
 * <li>{@link Kind#STRICT_PRIORITY}: every priority ticket before every ordinary one; first come, first served within
 * each.</li>
 * <li>{@link Kind#BALANCED}: a priority ticket is ranked as if it had been taken {@code priorityHeadStart} earlier.
 * It goes ahead of every ordinary ticket taken after it or at most the head start before it, but not of one that had
 * already waited longer than the head start when it came. A tie in that ranking goes to the priority ticket.</li>
 * </ul>
 * Then the earlier arrival goes first, then the lower number (prefix, then sequence), so two tickets never tie.
 * <p>
 * The default is BALANCED with a 30-minute head start. On an ordinary day, when nobody has waited half an hour, it
 * orders exactly as strict priority does, which is what the law's "served first" means to the people in the room. At
 * an opening rush (Hải Châu took 650 dossiers in two days) a steady stream of priority tickets under strict priority
 * could hold an ordinary citizen indefinitely; the head start bounds that: an ordinary ticket is overtaken only by
 * priority tickets taken within 30 minutes after it. It is a rule a center can print on a sign, unlike a weight, and
 * it makes the order independent of the clock, so the order of those waiting never changes as time passes, only when someone arrives. A
 * center that wants strict priority chooses it in its set-up.
 */
public record OrderingPolicy(Kind kind, Duration priorityHeadStart) {

	public enum Kind {

		STRICT_PRIORITY, BALANCED

	}

	public static final Duration DEFAULT_HEAD_START = Duration.ofMinutes(30);

	public static final Duration MAX_HEAD_START = Duration.ofHours(4);

	public static final OrderingPolicy DEFAULT = new OrderingPolicy(Kind.BALANCED, DEFAULT_HEAD_START);

	public OrderingPolicy {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(priorityHeadStart, "priorityHeadStart");
		if (priorityHeadStart.isNegative() || priorityHeadStart.isZero() || priorityHeadStart.compareTo(MAX_HEAD_START) > 0) {
			throw new IllegalArgumentException("The priority head start is from 1 minute to 4 hours: " + priorityHeadStart);
		}
	}

	public static OrderingPolicy strictPriority() {
		return new OrderingPolicy(Kind.STRICT_PRIORITY, DEFAULT_HEAD_START);
	}

	public static OrderingPolicy balanced(Duration priorityHeadStart) {
		return new OrderingPolicy(Kind.BALANCED, priorityHeadStart);
	}

	/** The order of waiting tickets, first to be called first; total, so two tickets never tie. */
	public Comparator<Ticket> order() {
		Comparator<Ticket> priorityFirst = Comparator.comparing(ticket -> !ticket.hasPriority());
		Comparator<Ticket> arrival = Comparator.comparing(Ticket::takenAt);
		Comparator<Ticket> number = Comparator.comparing((Ticket ticket) -> ticket.number().prefix())
			.thenComparingInt(ticket -> ticket.number().sequence());
		Comparator<Ticket> first = this.kind == Kind.STRICT_PRIORITY ? priorityFirst
				: Comparator.comparing(this::rankedArrival).thenComparing(priorityFirst);
		return first.thenComparing(arrival).thenComparing(number);
	}

	/** When a ticket counts as taken for BALANCED: the head start earlier for a priority ticket. */
	public Instant rankedArrival(Ticket ticket) {
		return ticket.hasPriority() ? ticket.takenAt().minus(this.priorityHeadStart) : ticket.takenAt();
	}

}
