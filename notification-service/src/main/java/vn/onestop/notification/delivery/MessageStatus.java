package vn.onestop.notification.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a message stands. CREATED and TEMPORARY_FAILURE wait for the dispatcher; SENDING is held by
 * one dispatcher for a lease; DELIVERED, PERMANENT_FAILURE and TECHNICAL_FAILURE are final, and SENT
 * only waits for the provider's receipt. UNKNOWN (the provider may or may not have taken the message)
 * is never sent again blindly: the receipt makes it DELIVERED or PERMANENT_FAILURE, and so may the provider's
 * status query, which may also find it SENT, or never received (TEMPORARY_FAILURE: it is sent again).
 */
public enum MessageStatus {

	CREATED, SENDING, SENT, UNKNOWN, DELIVERED, TEMPORARY_FAILURE, PERMANENT_FAILURE, TECHNICAL_FAILURE;

	static final Set<MessageStatus> DUE = EnumSet.of(CREATED, TEMPORARY_FAILURE, SENDING);

	boolean canBecome(MessageStatus next) {
		return switch (this) {
			case CREATED -> next == SENDING;
			case TEMPORARY_FAILURE -> next == SENDING;
			case SENDING -> next != DELIVERED;
			case SENT -> next == DELIVERED || next == PERMANENT_FAILURE;
			case UNKNOWN -> next == DELIVERED || next == PERMANENT_FAILURE || next == SENT || next == TEMPORARY_FAILURE;
			case DELIVERED, PERMANENT_FAILURE, TECHNICAL_FAILURE -> false;
		};
	}

	boolean isFinal() {
		return this == DELIVERED || this == PERMANENT_FAILURE || this == TECHNICAL_FAILURE;
	}

}
