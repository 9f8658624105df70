package vn.onestop.intake.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The appointment of an open dossier computed again after its calendar changed: from the receipt time
 * and the processing time of the procedure version it was received under, plus the working time its
 * clock was paused for supplements (as recorded when it resumed).
 */
final class DueTimeRecomputation {

	/** {@code wardCode} chooses the working sessions; null for the standard ones. */
	record OpenDossier(UUID id, long version, Instant receivedAt, Instant countingStartsAt, Instant dueAt,
			ProcessingTime processingTime, long pausedWorkingMinutes, String wardCode) {

		OpenDossier {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(receivedAt, "receivedAt");
			Objects.requireNonNull(processingTime, "processingTime");
		}

		OpenDossier(UUID id, long version, Instant receivedAt, Instant countingStartsAt, Instant dueAt,
				ProcessingTime processingTime, long pausedWorkingMinutes) {
			this(id, version, receivedAt, countingStartsAt, dueAt, processingTime, pausedWorkingMinutes, null);
		}

	}

	record Recomputed(OpenDossier dossier, Instant countingStartsAt, Instant dueAt) {

		boolean changed() {
			return !this.dueAt.equals(this.dossier.dueAt()) || !this.countingStartsAt.equals(this.dossier.countingStartsAt());
		}

	}

	private DueTimeRecomputation() {
	}

	/** Along the calendar's sessions, which must be those of the dossier's ward. */
	static Recomputed recompute(WorkingCalendar calendar, OpenDossier dossier) {
		LocalDateTime received = LocalDateTime.ofInstant(dossier.receivedAt(), WorkingCalendar.ZONE);
		DueTime due = new DueTimeCalculator(calendar).dueTime(received, dossier.processingTime());
		LocalDateTime dueAt = due.dueAt();
		if (dossier.pausedWorkingMinutes() > 0) {
			dueAt = calendar.plusWorkingTime(dueAt, Duration.ofMinutes(dossier.pausedWorkingMinutes()));
		}
		return new Recomputed(dossier, instant(due.countingStartsAt()), instant(dueAt));
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(WorkingCalendar.ZONE).toInstant();
	}

}
