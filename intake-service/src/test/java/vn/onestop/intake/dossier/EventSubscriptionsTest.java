package vn.onestop.intake.dossier;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.onestop.intake.queue.serving.QueueTurnNear;
import vn.onestop.support.outbox.OutboxRelayProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event this service writes to its outbox has a consumer in its relay's configuration (application.yml):
 * a new event type nobody subscribes to would be routed nowhere, silently.
 */
class EventSubscriptionsTest extends IntakeContext {

	@Autowired
	private OutboxRelayProperties relay;

	@Test
	void notificationServiceSubscribesToEveryDossierEvent() {
		List<String> written = new ArrayList<>(List.of(DossierReceived.TYPE, IssuingApology.EVENT, QueueTurnNear.TYPE));
		for (DossierAction action : DossierAction.values()) {
			written.add(action.eventType());
		}

		assertThat(this.relay.consumers()).containsOnlyKeys("notification-service");
		assertThat(this.relay.consumers().get("notification-service").eventTypes()).containsExactlyInAnyOrderElementsOf(written);
		assertThat(this.relay.consumers().get("notification-service").url()).hasPath("/internal/events");
	}

}
