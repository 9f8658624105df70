package vn.onestop.notification.channel;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.onestop.notification.sms.Brandname;

/**
 * How SMS leave the service: {@code LOCAL} records them (the embedded run's default), {@code HTTP}
 * posts them to a provider. The brandname is checked against Decree 91/2020 when the application
 * starts, so a wrong one stops it instead of being refused by every carrier.
 */
@ConfigurationProperties("notification.sms")
record SmsProperties(@DefaultValue("LOCAL") Provider provider, @DefaultValue("MOTCUA") String brandname,
		@DefaultValue Http http) {

	enum Provider {

		LOCAL, HTTP

	}

	SmsProperties {
		try {
			brandname = new Brandname(brandname).value();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("notification.sms.brandname (env NOTIFICATION_SMS_BRANDNAME) '"
					+ brandname + "' is not a valid SMS brandname: " + ex.getMessage(), ex);
		}
		if (provider == Provider.HTTP && http.url() == null) {
			throw new IllegalArgumentException(
					"notification.sms.http.url (env NOTIFICATION_SMS_HTTP_URL) is required when notification.sms.provider is HTTP");
		}
	}

	/**
	 * A generic HTTP gateway. The body template may use {{phone}}, {{text}}, {{brandname}} and
	 * {{messageId}}; values are escaped for the content type (JSON or form). The status URL, if set, is
	 * fetched (GET) with {{reference}} (or {{messageId}}) replaced by our message id, to settle a message
	 * whose outcome is unknown; empty means the provider offers no status query.
	 */
	record Http(@DefaultValue("http") String name, URI url, @DefaultValue("Authorization") String authHeaderName,
			@DefaultValue("") String authHeaderValue, @DefaultValue("application/json") String contentType,
			@DefaultValue("{\"to\":\"{{phone}}\",\"from\":\"{{brandname}}\",\"text\":\"{{text}}\",\"reference\":\"{{messageId}}\"}") String bodyTemplate,
			@DefaultValue("messageId") String messageIdField, @DefaultValue("10s") Duration timeout,
			@DefaultValue("") String statusUrl) {

		Http {
			statusUrl = statusUrl == null ? "" : statusUrl.trim();
			if (!statusUrl.isEmpty() && !statusUrl.contains("{{reference}}") && !statusUrl.contains("{{messageId}}")) {
				throw new IllegalArgumentException("notification.sms.http.status-url (env NOTIFICATION_SMS_HTTP_STATUS_URL) "
						+ "must name the message with {{reference}} or {{messageId}}");
			}
		}

		/** The status URL for one message; our id is a UUID, so it needs no escaping. */
		URI statusUri(java.util.UUID reference) {
			return URI.create(this.statusUrl.replace("{{reference}}", reference.toString())
				.replace("{{messageId}}", reference.toString()));
		}

		@Override
		public String toString() {
			return "Http[name=" + this.name + ", url=" + this.url + ", statusUrl=" + this.statusUrl + "]";
		}

	}

}
