package vn.onestop.intake.queue.model;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The "sắp đến lượt" SMS: when it is due, and its text. The text is unaccented GSM-7 in one segment (at most 160
 * characters), like every brandname notice. The ward's name is turned into unaccented GSM-7 by the producer the caller
 * passes (the platform's GSM-7 folding lives in notification-service; this rule does not copy it). Whatever the
 * producer leaves, only letters, digits, spaces and {@code . , ' ( ) / -} are kept, each one GSM-7 septet, so the
 * length in characters is the length on the wire; a long ward name is shortened at a word to fit.
 */
public final class AlmostYourTurn {

	public static final int MAX_LENGTH = 160;

	private static final Pattern OUTSIDE_SAFE_SET = Pattern.compile("[^A-Za-z0-9 .,'()/-]");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	private AlmostYourTurn() {
	}

	/**
	 * Once, the first time the ticket is {@code notifyAhead} places or fewer from the front; never when it already was
	 * that close when taken (the slip said so), and never without a phone number given with consent.
	 */
	public static boolean due(int aheadNow, int aheadWhenTaken, int notifyAhead, boolean consentedPhone,
			boolean alreadySent) {
		return consentedPhone && !alreadySent && aheadNow <= notifyAhead && aheadWhenTaken > notifyAhead;
	}

	public static String text(TicketNumber number, String wardName, int ahead, UnaryOperator<String> toUnaccentedGsm7) {
		String turn = ahead == 0 ? "ban la nguoi tiep theo" : "con " + ahead + " nguoi truoc ban";
		String head = "Sap den luot so " + number.value();
		String tail = ": " + turn + ". Moi ong/ba co mat tai khu vuc cho de kip len quay.";
		String ward = safe(toUnaccentedGsm7.apply(wardName == null ? "" : wardName));
		int room = MAX_LENGTH - head.length() - tail.length() - " tai ".length();
		String place = shortened(ward, room);
		return head + (place.isEmpty() ? "" : " tai " + place) + tail;
	}

	private static String safe(String folded) {
		String kept = OUTSIDE_SAFE_SET.matcher(folded == null ? "" : folded).replaceAll(" ");
		return SPACES.matcher(kept).replaceAll(" ").strip();
	}

	private static String shortened(String ward, int room) {
		if (ward.length() <= room) {
			return ward;
		}
		int cut = ward.lastIndexOf(' ', room);
		return (cut > 0 ? ward.substring(0, cut) : ward.substring(0, Math.max(room, 0))).strip();
	}

}
