package vn.onestop.web.officer;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.onestop.web.config.VietnamTime;

/** The working time left as the inbox and the dossier page say it: "5 giờ 30 phút", "Quá hạn 2 giờ". */
@Component("workingTime")
public class WorkingTimeText {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int SUPPLEMENT_REQUESTED = 5;

	private final MessageSource messages;

	private final VietnamTime dates;

	WorkingTimeText(MessageSource messages, VietnamTime dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/** No minutes: the clock is paused while a supplement is awaited (status 5), or no longer counts at all. */
	public String left(Long minutes, int status) {
		if (minutes == null) {
			return this.messages.getMessage(status == SUPPLEMENT_REQUESTED ? "workingTime.paused" : "workingTime.notCounting",
					null, VIETNAMESE);
		}
		String amount = amount(Math.abs(minutes));
		return minutes < 0 ? this.messages.getMessage("workingTime.over", new Object[] { amount }, VIETNAMESE) : amount;
	}

	/** A time the API wrote inside free-form details (ISO-8601 with an offset), shown like every other date. */
	public String time(Object isoText) {
		try {
			return this.dates.format(java.time.OffsetDateTime.parse(String.valueOf(isoText)));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return String.valueOf(isoText);
		}
	}

	/** A value in a citizen's history as people read it: dates dd/MM/yyyy, codes (MALE, NOT_CHOSEN, true) in words. */
	public String value(String value) {
		if (value == null) {
			return "—";
		}
		if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return java.time.LocalDate.parse(value).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		return this.messages.getMessage("citizen.value." + value, null, value, VIETNAMESE);
	}

	public String instant(java.time.Instant at) {
		return at == null ? "" : this.dates.format(at.atOffset(java.time.ZoneOffset.UTC));
	}

	private String amount(long minutes) {
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours == 0) {
			return this.messages.getMessage("workingTime.minutes", new Object[] { rest }, VIETNAMESE);
		}
		return rest == 0 ? this.messages.getMessage("workingTime.hours", new Object[] { hours }, VIETNAMESE)
				: this.messages.getMessage("workingTime.hoursMinutes", new Object[] { hours, rest }, VIETNAMESE);
	}

}
