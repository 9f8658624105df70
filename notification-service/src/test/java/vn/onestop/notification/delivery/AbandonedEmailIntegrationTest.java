package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.Channels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An e-mail whose dispatcher died after the SMTP server took it, and before the send was recorded, is
 * sent again with the same Message-ID, so that the mail systems see one e-mail; and the dispatcher
 * stores each e-mail attempt before it talks to the server, which is what lets the next one know.
 */
class AbandonedEmailIntegrationTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private QueueingMessage queueing;

	@Autowired
	private MessageRepository messages;

	@Autowired
	private Channels channels;

	@Test
	void anEmailTheServerTookBeforeItsDispatcherDiedGoesOutAgainWithTheSameMessageId() throws MessagingException {
		// What a dispatcher leaves when it is killed after the server accepted the e-mail and before it recorded
		// the send: the message claimed (SENDING, with a lease), its attempt IN_FLIGHT, the e-mail at the server.
		awaitARoundOnThisClock();
		Instant now = CLOCK.instant();
		Message claimed = new Message(UUID.randomUUID(), null, "DossierReceived", "KILLED-AFTER-SMTP", "26734",
				Channel.EMAIL, "killed.after.smtp@example.vn", "dossier-received-email", 1, "Hồ sơ đã được tiếp nhận",
				"Hồ sơ KILLED-AFTER-SMTP đã được tiếp nhận.", MessageStatus.SENDING, 0, now.plus(Duration.ofMinutes(1)),
				null, null, now, null, true, null);
		this.messages.insert(claimed).block(TIMEOUT);
		assertThat(this.messages.startAttempt(claimed, "smtp", now).block(TIMEOUT)).isTrue();
		this.channels.send(claimed.outgoing()).block(TIMEOUT);

		// It restarts, and the lease runs out.
		CLOCK.travelTo(LocalDateTime.ofInstant(now, MovableClock.VIETNAM).plusMinutes(2));
		await("the e-mail is sent again", () -> status(claimed.id()) == MessageStatus.SENT);

		List<MimeMessage> received = receivedFor(claimed.id());
		assertThat(received).hasSize(2);
		assertThat(received.get(0).getMessageID()).startsWith("<" + claimed.id() + "@")
			.isEqualTo(received.get(1).getMessageID());
		assertThat(this.messages.attempts(claimed.id()).collectList().block(TIMEOUT))
			.extracting(Attempt::outcome)
			.containsExactly(Attempt.AttemptOutcome.UNKNOWN, Attempt.AttemptOutcome.SENT);
	}

	@Test
	void theDispatcherStoresAnEmailAttemptBeforeTheServerHasIt() {
		List<List<Attempt.AttemptOutcome>> seenByTheServer = new CopyOnWriteArrayList<>();
		UserManager users = SMTP_SERVER.getManagers().getUserManager();
		MessageDeliveryHandler delivering = users.getMessageDeliveryHandler();
		users.setMessageDeliveryHandler((message, address) -> {
			String ours = header(message.getMessage());
			if (ours != null && address.getEmail().startsWith("attempt.first")) {
				seenByTheServer.add(this.messages.attempts(UUID.fromString(ours))
					.map(Attempt::outcome)
					.collectList()
					.block(TIMEOUT));
			}
			return delivering.handle(message, address);
		});
		try {
			UUID id = this.queueing.queue(new QueueingMessage.Request(null, "DossierReceived", Channel.EMAIL, null,
					"ATTEMPT-FIRST", "26734", "attempt.first@example.vn",
					Map.of("dossierCode", "ATTEMPT-FIRST", "wardName", "Phường Đông Hòa", "appointment",
							"16:30 08/07/2025", "citizenName", "Nguyễn Thị Thu Hương", "procedureName",
							"Đăng ký khai sinh")))
				.single()
				.block(TIMEOUT)
				.id();
			await("the e-mail is sent", () -> status(id) == MessageStatus.SENT);
			assertThat(seenByTheServer).containsExactly(List.of(Attempt.AttemptOutcome.IN_FLIGHT));
			assertThat(this.messages.attempts(id).collectList().block(TIMEOUT)).extracting(Attempt::outcome)
				.containsExactly(Attempt.AttemptOutcome.SENT);
		}
		finally {
			users.setMessageDeliveryHandler(delivering);
		}
	}

	private MessageStatus status(UUID id) {
		return this.messages.find(id).block(TIMEOUT).status();
	}

	private static List<MimeMessage> receivedFor(UUID id) {
		return List.of(SMTP_SERVER.getReceivedMessages())
			.stream()
			.filter(message -> id.toString().equals(header(message)))
			.toList();
	}

	private static String header(MimeMessage message) {
		try {
			String[] values = message.getHeader("X-Onestop-Message-Id");
			return values == null ? null : values[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
