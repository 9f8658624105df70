package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/** Reads and checks the query and path parameters of the ward API; a bad one is a 400 problem naming it. */
final class WardParameters {

	static final int MAX_PAGE_SIZE = 100;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{5}");

	private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

	private WardParameters() {
	}

	static String code(String code) {
		return check("code", code, UNIT_CODE, "must be a 5-digit commune-level code");
	}

	static String province(String province) {
		return province == null || province.isBlank() ? null
				: check("province", province.strip(), PROVINCE_CODE, "must be a 2-digit province code");
	}

	static LocalDate on(String on) {
		if (on == null || on.isBlank()) {
			return LocalDate.now(VIETNAM);
		}
		try {
			return LocalDate.parse(on.strip());
		}
		catch (DateTimeParseException ex) {
			throw invalid("on", "must be a date as YYYY-MM-DD");
		}
	}

	static WardQuery query(String q, String province, String on, int page, int size) {
		if (page < 0) {
			throw invalid("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		String key = q == null ? "" : VietnameseNames.searchKey(q);
		return new WardQuery(key.isEmpty() ? null : key, province(province), on(on), page, size);
	}

	private static String check(String name, String value, Pattern pattern, String rule) {
		if (value == null || !pattern.matcher(value).matches()) {
			throw invalid(name, rule);
		}
		return value;
	}

	private static ProblemException invalid(String name, String rule) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + name + "' " + rule + ".", List.of(new ProblemException.FieldError(name, rule)));
	}

}
