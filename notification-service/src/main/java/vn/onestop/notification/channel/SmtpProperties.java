package vn.onestop.notification.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server e-mail goes through. Without a host, an embedded GreenMail server is started on
 * {@code embeddedPort} on the loopback interface and mail goes there (the embedded run's default).
 * E-mail goes over at most {@code connections} connections, kept open between messages.
 */
@ConfigurationProperties("notification.smtp")
record SmtpProperties(@DefaultValue("") String host, @DefaultValue("587") int port, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("true") boolean starttls,
		@DefaultValue("khong-tra-loi@motcua.local") String from, @DefaultValue("3025") int embeddedPort,
		@DefaultValue("10s") Duration timeout, @DefaultValue("4") int connections) {

	static final String LOOPBACK = "127.0.0.1";

	SmtpProperties {
		if (connections < 1) {
			throw new IllegalArgumentException("notification.smtp.connections (env NOTIFICATION_SMTP_CONNECTIONS) must be at least 1");
		}
	}

	boolean embedded() {
		return this.host.isBlank();
	}

	String effectiveHost() {
		return embedded() ? LOOPBACK : this.host;
	}

	int effectivePort() {
		return embedded() ? this.embeddedPort : this.port;
	}

	/** Logs in with the username and password: only to a configured server that has a username. */
	boolean authenticates() {
		return !embedded() && !this.username.isEmpty();
	}

	@Override
	public String toString() {
		return "SmtpProperties[host=" + this.host + ", port=" + this.port + ", starttls=" + this.starttls
				+ ", connections=" + this.connections + "]";
	}

}
