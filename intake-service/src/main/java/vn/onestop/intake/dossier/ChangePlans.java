package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * Turns a move the lifecycle allowed into the change to write: requesting a supplement pauses the
 * clock, resuming moves the appointment by the paused working time, returning classifies the
 * dossier early / on time / late by date, and leaving the supplement status any other way ends the pause.
 */
final class ChangePlans {

	private ChangePlans() {
	}

	static Change plan(Tracked tracked, DossierLifecycle.Moved moved, ActionRequest request, String actor, Instant now,
			SupplementPause.Resumed resumed) {
		Dossier dossier = tracked.dossier();
		Progress progress = tracked.progress();
		Map<String, Object> details = new LinkedHashMap<>();
		Instant due = dossier.dueAt();
		boolean newAppointment = false;
		List<String> missing = null;
		List<String> reasons = null;
		String reason = blankToNull(request.reason());
		Progress after = moved.from() == DossierStatus.SUPPLEMENT_REQUESTED ? progress.resumed() : progress;
		switch (moved.action()) {
			case REQUEST_SUPPLEMENT -> {
				missing = request.cleanMissingItems();
				after = progress.pausedFrom(moved.from(), now);
				details.put("missingItems", missing);
				details.put("supplementRequest", after.supplementRequests());
				if (reason == null) {
					reason = String.join("; ", missing);
				}
				if (progress.supplementRequests() > 0) {
					details.put("approvedByLeader", true);
					details.put("approvedBy", actor);
				}
			}
			case RESUME -> {
				if (resumed != null) {
					details.put("pausedWorkingMinutes", resumed.pausedWorkingMinutes());
					details.put("previousAppointmentAt", local(due));
					due = resumed.dueAt().atZone(WorkingCalendar.ZONE).toInstant();
					details.put("newAppointmentAt", local(due));
					newAppointment = !due.equals(dossier.dueAt());
				}
			}
			case REFUSE -> {
				reasons = request.cleanReasons().isEmpty() ? List.of(reason) : request.cleanReasons();
				reason = String.join("; ", reasons);
			}
			case RETURN_RESULT -> {
				Timeliness timeliness = Timeliness.of(localDate(now), localDate(due));
				after = after.completed(now, timeliness);
				details.put("timeliness", timeliness.name());
			}
			default -> {
			}
		}
		return new Change(moved.from(), moved.to(), due, after, ActionNames.of(moved.action()),
				moved.action().eventType(), actor, now, reason, reasons, missing, newAppointment, details);
	}

	/** What the lifecycle checks as the reason: refusal reasons, missing items, or the free-text reason. */
	static String lifecycleReason(DossierAction action, ActionRequest request) {
		return switch (action) {
			case REFUSE -> request.cleanReasons().isEmpty() ? blankToNull(request.reason())
					: String.join("; ", request.cleanReasons());
			case REQUEST_SUPPLEMENT -> request.cleanMissingItems().isEmpty() ? null
					: String.join("; ", request.cleanMissingItems());
			default -> blankToNull(request.reason());
		};
	}

	/** The body field a missing reason is reported on. */
	static String reasonField(DossierAction action) {
		return switch (action) {
			case REFUSE -> "reasons";
			case REQUEST_SUPPLEMENT -> "missingItems";
			default -> "reason";
		};
	}

	static String local(Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime().toString();
	}

	private static LocalDate localDate(Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE).toLocalDate();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : TextRules.nfc(text).strip();
	}

}
