package vn.onestop.citizen.events;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import vn.onestop.support.outbox.OutboxRelayProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * citizen-service's relay as application.yml configures it: WardsMerged to intake-service (which moves open
 * dossiers), the citizen events to notification-service (its projection of citizens' preferences), nothing else.
 */
class EventSubscriptionsTest {

	@Test
	void wardsMergedGoesToIntakeAndTheCitizenEventsToNotification() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);

		OutboxRelayProperties relay = Binder.get(environment).bind("platform.outbox.relay", OutboxRelayProperties.class).get();

		assertThat(relay.consumers()).containsOnlyKeys("intake-service", "notification-service");
		assertThat(relay.consumers().get("intake-service").eventTypes()).containsExactly("WardsMerged");
		assertThat(relay.consumers().get("notification-service").eventTypes())
			.containsExactlyInAnyOrder("CitizenRegistered", "CitizenUpdated", "CitizenDeactivated");
	}

}
