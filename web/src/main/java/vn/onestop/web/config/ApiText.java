package vn.onestop.web.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The API's field messages in Vietnamese where the bundle has them ({@code api.msg.<message as a slug>}, e.g.
 * {@code api.msg.must-not-be-after-to}); a message the bundle does not know is shown as the API wrote it, so a new
 * rule of the API is never hidden. Several messages of one field come joined by "; ".
 */
@Component("apiText")
public class ApiText {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ApiText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String apiMessage) {
		if (apiMessage == null) {
			return "";
		}
		return Arrays.stream(apiMessage.split("; "))
			.map(one -> this.messages.getMessage("api.msg." + slug(one), null, one, VIETNAMESE))
			.collect(Collectors.joining(" "));
	}

	static String slug(String message) {
		return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
