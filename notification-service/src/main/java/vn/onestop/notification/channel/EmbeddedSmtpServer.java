package vn.onestop.notification.channel;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded run's mail server: GreenMail on the loopback interface. If the port is taken (another
 * embedded run, or a second application context in a test JVM) the mail goes to whatever listens there.
 */
final class EmbeddedSmtpServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

	private final GreenMail greenMail;

	private final int port;

	private boolean running;

	EmbeddedSmtpServer(int port) {
		this.port = port;
		this.greenMail = new GreenMail(new ServerSetup(port, SmtpProperties.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
	}

	synchronized void start() {
		try {
			this.greenMail.start();
			this.running = true;
			log.warn("No SMTP host configured (NOTIFICATION_SMTP_HOST): e-mail goes to the embedded SMTP server on {}:{}",
					SmtpProperties.LOOPBACK, this.port);
		}
		catch (RuntimeException ex) {
			this.greenMail.stop();
			log.warn("No SMTP host configured and the embedded SMTP server could not listen on {}:{} ({}); "
					+ "e-mail goes to whatever SMTP server listens there", SmtpProperties.LOOPBACK,
					this.port, ex.getMessage());
		}
	}

	synchronized void stop() {
		if (this.running) {
			this.greenMail.stop();
			this.running = false;
		}
	}

	synchronized boolean running() {
		return this.running;
	}

	MimeMessage[] receivedMessages() {
		return this.greenMail.getReceivedMessages();
	}

}
