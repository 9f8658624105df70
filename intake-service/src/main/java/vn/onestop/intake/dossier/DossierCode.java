package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {agency code}-{yyMMdd}-{NNNN}}: the agency's daily sequence, printed on the receipt as QR and barcode. The
 * sequence has 4 digits (0001–9999) as the national format gives it; an agency's 10,000th dossier of a day and the
 * following ones carry 5 digits (10000–99999) rather than be refused (docs/dossier-codes.md).
 */
public record DossierCode(String agencyCode, LocalDate day, int sequence) {

	public static final int MAX_SEQUENCE = 99_999;

	static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.]{0,39}");

	private static final Pattern CODE = Pattern.compile("(" + AGENCY.pattern() + ")-(\\d{6})-(\\d{4}|[1-9]\\d{4})");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	public DossierCode {
		Objects.requireNonNull(agencyCode, "agencyCode");
		Objects.requireNonNull(day, "day");
		if (!AGENCY.matcher(agencyCode).matches()) {
			throw new IllegalArgumentException("Not an agency code: " + agencyCode);
		}
		if (day.getYear() < 2000 || day.getYear() > 2099) {
			throw new IllegalArgumentException("A two-digit year cannot express " + day);
		}
		if (sequence < 1 || sequence > MAX_SEQUENCE) {
			throw new IllegalArgumentException("The daily sequence runs from 1 to " + MAX_SEQUENCE + ": " + sequence);
		}
	}

	public static Optional<DossierCode> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher matcher = CODE.matcher(value);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			LocalDate day = LocalDate.parse(matcher.group(2), DAY);
			int sequence = Integer.parseInt(matcher.group(3));
			return sequence == 0 ? Optional.empty() : Optional.of(new DossierCode(matcher.group(1), day, sequence));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public String value() {
		return this.agencyCode + "-" + DAY.format(this.day) + "-" + String.format("%04d", this.sequence);
	}

	@Override
	public String toString() {
		return value();
	}

}
