package vn.onestop.notification.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server e-mail goes through. Without a host, an embedded GreenMail server is started on
 * {@code embeddedPort} on the loopback interface and mail goes there (the embedded run's default).
 */
@ConfigurationProperties("notification.smtp")
record SmtpProperties(@DefaultValue("") String host, @DefaultValue("587") int port, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("true") boolean starttls,
		@DefaultValue("khong-tra-loi@motcua.local") String from, @DefaultValue("3025") int embeddedPort,
		@DefaultValue("10s") Duration timeout) {

	static final String LOOPBACK = "127.0.0.1";

	boolean embedded() {
		return this.host.isBlank();
	}

	String effectiveHost() {
		return embedded() ? LOOPBACK : this.host;
	}

	int effectivePort() {
		return embedded() ? this.embeddedPort : this.port;
	}

	@Override
	public String toString() {
		return "SmtpProperties[host=" + this.host + ", port=" + this.port + ", starttls=" + this.starttls + "]";
	}

}
