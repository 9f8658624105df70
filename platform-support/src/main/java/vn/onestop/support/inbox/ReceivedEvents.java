package vn.onestop.support.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The inbox's answer to a batch: the events recorded (now or by an earlier delivery) and those that were not;
 * a relay treats every event not named in {@code accepted} as not delivered.
 */
public record ReceivedEvents(List<UUID> accepted, List<UUID> refused) {

	ReceivedEvents plus(ReceivedEvents other) {
		List<UUID> accepted = new ArrayList<>(this.accepted);
		accepted.addAll(other.accepted);
		List<UUID> refused = new ArrayList<>(this.refused);
		refused.addAll(other.refused);
		return new ReceivedEvents(accepted, refused);
	}

}
