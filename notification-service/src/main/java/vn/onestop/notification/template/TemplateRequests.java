package vn.onestop.notification.template;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.onestop.notification.sms.SmsPreview;

/** The bodies the template API reads and the preview it answers. */
final class TemplateRequests {

	private TemplateRequests() {
	}

	record SaveRequest(String subject, @NotNull @Size(max = TemplateContent.MAX_BODY_LENGTH) String body,
			Integer maxSegments) {

		TemplateContent content() {
			return new TemplateContent(this.subject, this.body, this.maxSegments);
		}

	}

	record PreviewRequest(@NotNull Map<String, String> values, Integer version) {
	}

	/** For SMS, {@code sms} counts segments of the text as written and folded; the folded text is sent. */
	record PreviewResponse(String templateId, int version, String subject, String body, SmsPreview sms) {

		static PreviewResponse of(RenderedTemplate rendered) {
			return new PreviewResponse(rendered.templateId(), rendered.templateVersion(), rendered.subject(),
					rendered.body(), rendered.channel() == vn.onestop.notification.channel.Channel.SMS
							? SmsPreview.of(rendered.body()) : null);
		}

	}

}
