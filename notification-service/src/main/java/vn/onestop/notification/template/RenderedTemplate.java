package vn.onestop.notification.template;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.sms.Gsm7Folding;

/** A template version filled in. An SMS goes out folded to unaccented GSM-7. */
public record RenderedTemplate(String templateId, int templateVersion, Channel channel, String subject, String body) {

	public String textToSend() {
		return this.channel == Channel.SMS ? Gsm7Folding.fold(this.body) : this.body;
	}

}
