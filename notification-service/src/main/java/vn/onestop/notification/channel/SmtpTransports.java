package vn.onestop.notification.channel;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * At most {@code size} connections to the SMTP server, each kept open and reused from one message to
 * the next rather than a connection (and its greeting, EHLO, STARTTLS and login) per message. Blocking:
 * call it from the SMTP scheduler only. A connection that failed is closed; when a reused one turns out
 * to be gone (the server closed it while idle), the message goes once more on a new connection.
 */
final class SmtpTransports implements AutoCloseable {

	private final Session session;

	private final SmtpProperties properties;

	private final BlockingQueue<Transport> idle;

	private final Semaphore free;

	SmtpTransports(Session session, SmtpProperties properties) {
		this.session = session;
		this.properties = properties;
		this.idle = new ArrayBlockingQueue<>(properties.connections());
		this.free = new Semaphore(properties.connections());
	}

	void send(MimeMessage message) throws MessagingException {
		acquire(this.properties.timeout());
		try {
			Transport reused = this.idle.poll();
			if (reused != null && sent(reused, message)) {
				return;
			}
			Transport fresh = connect();
			deliver(fresh, message);
			this.idle.offer(fresh);
		}
		finally {
			this.free.release();
		}
	}

	/** False when the reused connection was gone; throws when the server refused the message. */
	private boolean sent(Transport reused, MimeMessage message) throws MessagingException {
		try {
			reused.sendMessage(message, message.getAllRecipients());
			this.idle.offer(reused);
			return true;
		}
		catch (SendFailedException refused) {
			close(reused);
			throw refused;
		}
		catch (MessagingException failed) {
			boolean gone = !reused.isConnected();
			close(reused);
			if (gone) {
				return false;
			}
			throw failed;
		}
	}

	private void deliver(Transport transport, MimeMessage message) throws MessagingException {
		try {
			transport.sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException | RuntimeException failed) {
			close(transport);
			throw failed;
		}
	}

	private Transport connect() throws MessagingException {
		Transport transport = this.session.getTransport("smtp");
		boolean login = this.properties.authenticates();
		transport.connect(this.properties.effectiveHost(), this.properties.effectivePort(),
				login ? this.properties.username() : null, login ? this.properties.password() : null);
		return transport;
	}

	private void acquire(Duration wait) throws MessagingException {
		try {
			if (!this.free.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new MessagingException("No SMTP connection free within " + wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MessagingException("Interrupted while waiting for an SMTP connection", ex);
		}
	}

	@Override
	public void close() {
		Transport transport;
		while ((transport = this.idle.poll()) != null) {
			close(transport);
		}
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException | RuntimeException ignored) {
			// the connection is dropped either way
		}
	}

}
