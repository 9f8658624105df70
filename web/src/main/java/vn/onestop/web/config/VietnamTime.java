package vn.onestop.web.config;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates as the pages show them: {@code dd/MM/yyyy HH:mm} in Asia/Ho_Chi_Minh, whatever offset the API used. */
@Component("dates")
public class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public String format(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(ZONE).format(DATE_TIME);
	}

	/** The time of day only ({@code HH:mm}), for a day's queue. */
	public String time(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(ZONE).format(TIME);
	}

}
