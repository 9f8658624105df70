package vn.onestop.notification.channel;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.MimeMessageHelper;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Sends e-mail over SMTP with JavaMail, on connections kept open ({@link SmtpTransports}). JavaMail
 * blocks, so each send runs on a bounded elastic scheduler of its own, never on an event-loop thread:
 * one thread per connection, further sends wait in its queue without holding a thread.
 */
final class SmtpEmailSender implements AutoCloseable {

	private static final int QUEUED_SENDS = 100_000;

	private final Session session;

	private final SmtpTransports transports;

	private final Scheduler scheduler;

	private final String from;

	SmtpEmailSender(SmtpProperties properties) {
		Properties javaMail = new Properties();
		String timeout = String.valueOf(properties.timeout().toMillis());
		javaMail.setProperty("mail.smtp.connectiontimeout", timeout);
		javaMail.setProperty("mail.smtp.timeout", timeout);
		javaMail.setProperty("mail.smtp.writetimeout", timeout);
		javaMail.setProperty("mail.smtp.auth", String.valueOf(properties.authenticates()));
		javaMail.setProperty("mail.smtp.starttls.enable", String.valueOf(!properties.embedded() && properties.starttls()));
		javaMail.setProperty("mail.smtp.starttls.required", String.valueOf(!properties.embedded() && properties.starttls()));
		this.session = Session.getInstance(javaMail);
		this.transports = new SmtpTransports(this.session, properties);
		this.scheduler = Schedulers.newBoundedElastic(properties.connections(), QUEUED_SENDS, "smtp", 60, true);
		this.from = properties.from();
	}

	String name() {
		return "smtp";
	}

	Mono<String> send(OutgoingMessage message) {
		return Mono.fromCallable(() -> sendNow(message)).subscribeOn(this.scheduler);
	}

	private String sendNow(OutgoingMessage message) {
		try {
			MimeMessage mime = new StableMessageId(this.session, message.id(), this.from);
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject() == null ? "" : message.subject());
			helper.setText(message.text(), false);
			mime.setHeader("X-Onestop-Message-Id", message.id().toString());
			mime.saveChanges();
			this.transports.send(mime);
			String id = mime.getMessageID();
			return id != null ? id : message.id().toString();
		}
		catch (AddressException ex) {
			throw ChannelException.permanent(ex);
		}
		catch (SendFailedException ex) {
			throw refusedRecipient(ex) ? ChannelException.permanent("SendFailedException")
					: ChannelException.temporary(ex);
		}
		catch (MessagingException | RuntimeException ex) {
			throw ChannelException.temporary(ex);
		}
	}

	private static boolean refusedRecipient(SendFailedException ex) {
		return ex.getInvalidAddresses() != null && ex.getInvalidAddresses().length > 0;
	}

	@Override
	public void close() {
		this.scheduler.dispose();
		this.transports.close();
	}

}
