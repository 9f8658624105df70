package vn.onestop.notification.queue;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.onestop.notification.sms.Gsm7Folding;
import vn.onestop.notification.template.Placeholder;

/**
 * The values of the "sắp đến lượt" template, worded as intake's {@code AlmostYourTurn.text}: the ticket's number,
 * where it stands, and the center's name folded to GSM-7 and shortened at a word until the message keeps to its
 * segments (one, as seeded), so a long name never makes a second SMS.
 */
final class TurnNearText {

	/** Named when the event carries no usable name (empty, or nothing of it is GSM-7). */
	static final String DEFAULT_CENTER_NAME = "Trung tam Phuc vu hanh chinh cong";

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern TRAILING = Pattern.compile("[\\s,;:.(/-]+$");

	private TurnNearText() {
	}

	/** @param fits whether the message these values render keeps to its segments */
	static Map<String, String> values(TurnNearEvent event, Predicate<Map<String, String>> fits) {
		String number = event.number();
		String turn = turn(event.peopleAhead());
		String ward = wardName(event.centerName(), name -> fits.test(values(number, name, turn)));
		return values(number, ward, turn);
	}

	static String turn(int peopleAhead) {
		return peopleAhead == 0 ? "bạn là người tiếp theo" : "còn " + peopleAhead + " người trước bạn";
	}

	/** The longest start of the folded name, cut at a word, within the placeholder's limit, that fits. */
	static String wardName(String centerName, Predicate<String> fits) {
		String ward = cut(SPACES.matcher(Gsm7Folding.fold(centerName)).replaceAll(" ").strip(),
				Placeholder.WARD_NAME.maxLength());
		while (!ward.isEmpty() && !fits.test(ward)) {
			ward = cut(ward, ward.length() - 1);
		}
		return ward.isEmpty() ? DEFAULT_CENTER_NAME : ward;
	}

	private static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int space = text.lastIndexOf(' ', max);
		return TRAILING.matcher(space > 0 ? text.substring(0, space) : text.substring(0, max)).replaceAll("");
	}

	private static Map<String, String> values(String number, String ward, String turn) {
		return Map.of(Placeholder.TICKET_NUMBER.key(), number, Placeholder.WARD_NAME.key(), ward,
				Placeholder.TURN.key(), turn);
	}

}
