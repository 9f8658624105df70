package vn.onestop.intake.queue.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import vn.onestop.intake.queue.model.Ticket;

/**
 * A ticket as stored: the model's {@link Ticket} and what only the storage keeps. {@code citizenPid} and
 * {@code phone} are personal data: never in a view, a log or a metric. {@code calledAt}, {@code startedAt} and
 * {@code finishedAt} are the latest call, start and finish, from which the waiting and service times are measured.
 */
public record StoredTicket(UUID id, String ward, Ticket ticket, TakenVia takenVia, String takenBy, String citizenPid,
		String phone, boolean smsConsent, int aheadWhenTaken, Instant turnNotifiedAt, Instant calledAt,
		Instant startedAt, Instant finishedAt, String idempotencyKey, String requestHash, Instant updatedAt) {

	public StoredTicket {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(ward, "ward");
		Objects.requireNonNull(ticket, "ticket");
		Objects.requireNonNull(takenVia, "takenVia");
		Objects.requireNonNull(takenBy, "takenBy");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (phone != null && !smsConsent) {
			throw new IllegalArgumentException("A phone is kept only with the citizen's consent to the SMS");
		}
	}

	/** A ticket just taken, with nothing measured yet. */
	public static StoredTicket taken(String ward, Ticket ticket, TakenVia via, String takenBy, String citizenPid,
			String phone, int aheadWhenTaken, String idempotencyKey, String requestHash) {
		return new StoredTicket(UUID.randomUUID(), ward, ticket, via, takenBy, citizenPid, phone, phone != null,
				aheadWhenTaken, null, null, null, null, idempotencyKey, requestHash, ticket.takenAt());
	}

	/** The same stored ticket after the model moved it; the times are the caller's to set. */
	public StoredTicket with(Ticket moved, Instant calledAt, Instant startedAt, Instant finishedAt, Instant at) {
		return new StoredTicket(this.id, this.ward, moved, this.takenVia, this.takenBy, this.citizenPid, this.phone,
				this.smsConsent, this.aheadWhenTaken, this.turnNotifiedAt, calledAt, startedAt, finishedAt,
				this.idempotencyKey, this.requestHash, at);
	}

	/** Without the phone: the ticket ended or its day closed, so the SMS can no longer be due. */
	public StoredTicket withoutPhone() {
		return new StoredTicket(this.id, this.ward, this.ticket, this.takenVia, this.takenBy, this.citizenPid, null,
				false, this.aheadWhenTaken, this.turnNotifiedAt, this.calledAt, this.startedAt, this.finishedAt,
				this.idempotencyKey, this.requestHash, this.updatedAt);
	}

	/** Marked as sent the "almost your turn" SMS, so it is sent once. */
	public StoredTicket notified(Instant at) {
		return new StoredTicket(this.id, this.ward, this.ticket, this.takenVia, this.takenBy, this.citizenPid, this.phone,
				this.smsConsent, this.aheadWhenTaken, at, this.calledAt, this.startedAt, this.finishedAt,
				this.idempotencyKey, this.requestHash, this.updatedAt);
	}

	/** Whether the "almost your turn" SMS may go to this ticket (a phone given with consent). */
	public boolean wantsSms() {
		return this.phone != null && this.smsConsent;
	}

}
