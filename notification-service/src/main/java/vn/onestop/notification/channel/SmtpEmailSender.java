package vn.onestop.notification.channel;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends e-mail over SMTP with JavaMail. JavaMail blocks, so each send runs on the bounded elastic
 * scheduler, never on an event-loop thread.
 */
final class SmtpEmailSender {

	private final JavaMailSenderImpl mail;

	private final String from;

	SmtpEmailSender(SmtpProperties properties) {
		this.mail = new JavaMailSenderImpl();
		this.mail.setHost(properties.effectiveHost());
		this.mail.setPort(properties.effectivePort());
		this.mail.setDefaultEncoding(StandardCharsets.UTF_8.name());
		if (!properties.embedded() && !properties.username().isEmpty()) {
			this.mail.setUsername(properties.username());
			this.mail.setPassword(properties.password());
		}
		Properties javaMail = new Properties();
		String timeout = String.valueOf(properties.timeout().toMillis());
		javaMail.setProperty("mail.smtp.connectiontimeout", timeout);
		javaMail.setProperty("mail.smtp.timeout", timeout);
		javaMail.setProperty("mail.smtp.writetimeout", timeout);
		javaMail.setProperty("mail.smtp.auth", String.valueOf(!properties.embedded() && !properties.username().isEmpty()));
		javaMail.setProperty("mail.smtp.starttls.enable", String.valueOf(!properties.embedded() && properties.starttls()));
		javaMail.setProperty("mail.smtp.starttls.required", String.valueOf(!properties.embedded() && properties.starttls()));
		this.mail.setJavaMailProperties(javaMail);
		this.from = properties.from();
	}

	String name() {
		return "smtp";
	}

	Mono<String> send(OutgoingMessage message) {
		return Mono.fromCallable(() -> sendNow(message)).subscribeOn(Schedulers.boundedElastic());
	}

	private String sendNow(OutgoingMessage message) {
		try {
			MimeMessage mime = this.mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject() == null ? "" : message.subject());
			helper.setText(message.text(), false);
			mime.setHeader("X-Onestop-Message-Id", message.id().toString());
			this.mail.send(mime);
			String id = mime.getMessageID();
			return id != null ? id : message.id().toString();
		}
		catch (AddressException | MailParseException | MailPreparationException ex) {
			throw ChannelException.permanent(ex);
		}
		catch (MailSendException ex) {
			throw refusedRecipient(ex) ? ChannelException.permanent("SendFailedException")
					: ChannelException.temporary(ex);
		}
		catch (MailException | MessagingException ex) {
			throw ChannelException.temporary(ex);
		}
	}

	private static boolean refusedRecipient(MailSendException ex) {
		return ex.getFailedMessages().values().stream().anyMatch(cause -> cause instanceof SendFailedException failed
				&& failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
	}

}
