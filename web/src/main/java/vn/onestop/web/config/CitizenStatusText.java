package vn.onestop.web.config;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A dossier's status as a citizen reads it ({@code citizen.status.<national code>}, e.g. "Đã tiếp nhận"): the
 * national labels the officers work with ("Được tiếp nhận") are the registry's words, not the citizen's. A code
 * the bundle does not know is shown with the API's label, so a new status is never hidden.
 */
@Component("citizenStatus")
public class CitizenStatusText {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	CitizenStatusText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(int code, String apiLabel) {
		return this.messages.getMessage("citizen.status." + code, null, apiLabel, VIETNAMESE);
	}

}
