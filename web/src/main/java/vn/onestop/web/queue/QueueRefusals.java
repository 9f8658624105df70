package vn.onestop.web.queue;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.onestop.web.api.ApiProblem;
import vn.onestop.web.config.ApiText;

/**
 * What a citizen at the kiosk or an officer at the counter reads when intake refuses (409): a Vietnamese sentence
 * chosen by the problem's kind ({@code queue.refusal.<kind>}, with the field's name as {0}). Intake's own detail is
 * the fallback (in Vietnamese where the bundle knows it), so a refusal intake adds later is never hidden.
 */
@Component
class QueueRefusals {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final ApiText apiText;

	QueueRefusals(MessageSource messages, ApiText apiText) {
		this.messages = messages;
		this.apiText = apiText;
	}

	String of(ApiProblem problem, String fieldName) {
		String text = this.messages.getMessage("queue.refusal." + problem.kind(),
				new Object[] { fieldName == null || fieldName.isBlank() ? "này" : fieldName }, null, VIETNAMESE);
		return text != null ? text : this.apiText.of(problem.getMessage());
	}

}
