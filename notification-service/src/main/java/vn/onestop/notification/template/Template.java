package vn.onestop.notification.template;

import java.time.Instant;
import java.util.Map;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.sms.SmsSegments;

/**
 * One version of the template for an event type on a channel, optionally for one procedure group
 * (BIRTH, MARRIAGE, DEATH...). Saving never changes a version: it adds the next one.
 */
public record Template(String id, String eventType, Channel channel, String procedureGroup, TemplateKind kind,
		String description, int version, TemplateContent content, Instant createdAt) {

	/** @throws MissingValuesException when a placeholder has no value or too long a one */
	public RenderedTemplate render(Map<String, String> values) {
		String subject = this.content.subject() == null || this.content.subject().isBlank() ? null
				: TemplateText.parse(this.content.subject()).render(values);
		String body = TemplateText.parse(this.content.body()).render(values);
		return new RenderedTemplate(this.id, this.version, this.channel, subject, body);
	}

	/**
	 * Whether the message these values render keeps to the template's segments once folded to GSM-7 (an e-mail always
	 * does).
	 * @throws MissingValuesException when a placeholder has no value or too long a one
	 */
	public boolean fitsItsSegments(Map<String, String> values) {
		return this.channel != Channel.SMS
				|| SmsSegments.of(render(values).textToSend()).count() <= this.content.maxSegments();
	}

	Template withContent(int newVersion, TemplateContent newContent, Instant at) {
		return new Template(this.id, this.eventType, this.channel, this.procedureGroup, this.kind, this.description,
				newVersion, newContent, at);
	}

}
