package vn.onestop.notification.channel;

import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * An e-mail whose {@code Message-ID} is made from our own message id, so that every attempt at the same
 * message carries the same one. SMTP has no way to ask whether a server took a message: when a dispatcher
 * dies after the server accepted it and before the send was recorded, the message goes out again, and
 * mail systems recognise the second copy by its Message-ID (RFC 5322 §3.6.4) instead of seeing a new e-mail.
 * JavaMail would otherwise make a new random one at each attempt.
 */
final class StableMessageId extends MimeMessage {

	private static final String FALLBACK_DOMAIN = "motcua.local";

	private final String messageId;

	StableMessageId(Session session, UUID id, String from) {
		super(session);
		this.messageId = of(id, from);
	}

	/** {@code <id@domain>}, the domain taken from the sender's address. */
	static String of(UUID id, String from) {
		return "<" + id + "@" + domain(from) + ">";
	}

	private static String domain(String from) {
		if (from == null) {
			return FALLBACK_DOMAIN;
		}
		int at = from.lastIndexOf('@');
		if (at < 0) {
			return FALLBACK_DOMAIN;
		}
		String domain = from.substring(at + 1).replace(">", "").trim().toLowerCase(Locale.ROOT);
		return domain.matches("[a-z0-9.-]+") && !domain.isEmpty() ? domain : FALLBACK_DOMAIN;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", this.messageId);
	}

}
