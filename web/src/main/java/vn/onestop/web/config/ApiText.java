package vn.onestop.web.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The API's field messages in Vietnamese, for every page: the bundle key is {@code api.msg.<message as a slug>}.
 * A message is looked up as a whole, then each of its parts (several messages of one field come joined by "; ").
 * A part is found by its exact slug ({@code api.msg.must-not-be-after-to}); else with each number written {@code n}
 * and the numbers as arguments ({@code api.msg.must-be-at-most-n-characters} = "Tối đa {0} ký tự."); else by a
 * fixed beginning whose key ends in {@code -etc}, the rest of the message as argument {0}
 * ({@code api.msg.unknown-placeholder-etc}). A message the bundle does not know is shown as the API wrote it, so a
 * new rule of the API is never hidden.
 */
@Component("apiText")
public class ApiText {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Pattern WORD_END = Pattern.compile("[A-Za-z0-9](?=[^A-Za-z0-9]|$)");

	private final MessageSource messages;

	ApiText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String apiMessage) {
		if (apiMessage == null) {
			return "";
		}
		String whole = known(apiMessage);
		if (whole != null) {
			return whole;
		}
		return Arrays.stream(apiMessage.split("; ")).map(this::one).collect(Collectors.joining(" "));
	}

	/** Whether the bundle has a Vietnamese text for this message (as a whole or for each of its parts). */
	public boolean knows(String apiMessage) {
		return known(apiMessage) != null
				|| Arrays.stream(apiMessage.split("; ")).allMatch(one -> known(one) != null);
	}

	private String one(String message) {
		String known = known(message);
		return known != null ? known : message;
	}

	private String known(String message) {
		String exact = lookUp(slug(message), null);
		if (exact != null) {
			return exact;
		}
		List<String> numbers = new ArrayList<>();
		Matcher number = NUMBER.matcher(message);
		while (number.find()) {
			numbers.add(number.group());
		}
		if (!numbers.isEmpty()) {
			String numbered = lookUp(slug(NUMBER.matcher(message).replaceAll("n")), numbers.toArray());
			if (numbered != null) {
				return numbered;
			}
		}
		List<Integer> ends = new ArrayList<>();
		Matcher end = WORD_END.matcher(message);
		while (end.find()) {
			ends.add(end.end());
		}
		for (int i = ends.size() - 2; i >= 0; i--) {
			int at = ends.get(i);
			String rest = message.substring(at).replaceAll("^[\\s:]+", "");
			String beginning = lookUp(slug(message.substring(0, at)) + "-etc", new Object[] { rest });
			if (beginning != null) {
				return beginning;
			}
		}
		return null;
	}

	private String lookUp(String slug, Object[] arguments) {
		if (slug.isEmpty()) {
			return null;
		}
		return this.messages.getMessage("api.msg." + slug, arguments, null, VIETNAMESE);
	}

	static String slug(String message) {
		return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
