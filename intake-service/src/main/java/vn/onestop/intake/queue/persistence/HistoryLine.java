package vn.onestop.intake.queue.persistence;

import vn.onestop.intake.queue.model.HistoryEntry;

/** A stored line of a ticket's history, in the order written ({@code id}), with who did it. */
public record HistoryLine(long id, HistoryEntry entry, String actor) {
}
