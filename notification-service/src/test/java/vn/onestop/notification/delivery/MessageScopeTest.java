package vn.onestop.notification.delivery;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessageScopeTest {

	private static final Caller OFFICER = new Caller("officer", Set.of(Role.OFFICER), Set.of("26734", "26737"), null);

	private static final Caller LEADER = new Caller("leader", Set.of(Role.WARD_LEADER), Set.of("26734"), null);

	@Test
	void listsEveryWardTheCallerWorksInOrTheOneAskedFor() {
		assertThat(MessageScope.wardsToList(OFFICER, null)).containsExactlyInAnyOrder("26734", "26737");
		assertThat(MessageScope.wardsToList(OFFICER, "26737")).containsExactly("26737");
		assertThat(MessageScope.wardsToList(LEADER, null)).containsExactly("26734");
	}

	@Test
	void refusesAListOfAWardTheCallerDoesNotWorkIn() {
		assertForbidden(() -> MessageScope.wardsToList(OFFICER, "20242"));
		assertForbidden(() -> MessageScope.wardsToList(LEADER, "26737"));
	}

	@Test
	void refusesEveryoneButOfficersAndLeaders() {
		assertForbidden(() -> MessageScope.readableWards(new Caller("c", Set.of(Role.CITIZEN), Set.of(), "079203001234")));
		assertForbidden(() -> MessageScope.readableWards(new Caller("a", Set.of(Role.PLATFORM_ADMIN), Set.of("26734"), null)));
		assertForbidden(() -> MessageScope.readableWards(new Caller("m", Set.of(Role.MONITOR), Set.of("26734"), null)));
		assertForbidden(() -> MessageScope.readableWards(new Caller("s", Set.of(Role.SERVICE), Set.of(), null)));
		assertForbidden(() -> MessageScope.readableWards(Caller.ANONYMOUS));
		assertForbidden(() -> MessageScope.readableWards(new Caller("o", Set.of(Role.OFFICER), Set.of(), null)));
	}

	@Test
	void readsAMessageOnlyInItsWard() {
		assertThat(MessageScope.mayRead(OFFICER, message("26737"))).isTrue();
		assertThat(MessageScope.mayRead(OFFICER, message("20242"))).isFalse();
		assertThat(MessageScope.mayRead(new Caller("a", Set.of(Role.PLATFORM_ADMIN), Set.of("20242"), null),
				message("20242"))).isFalse();
	}

	private static Message message(String ward) {
		return new Message(java.util.UUID.randomUUID(), null, "DossierReceived", "D-1", ward,
				vn.onestop.notification.channel.Channel.SMS, "0912345678", "dossier-received-sms", 1, null, "text",
				MessageStatus.SENT, 1, java.time.Instant.now(), null, null, java.time.Instant.now(), null, true, null);
	}

	private static void assertForbidden(Runnable call) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(call::run)
			.satisfies(ex -> assertThat(ex.status().value()).isEqualTo(403));
	}

}
