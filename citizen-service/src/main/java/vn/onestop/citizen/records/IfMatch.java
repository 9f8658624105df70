package vn.onestop.citizen.records;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} precondition of a change: the client's ETags ({@code "<version>"}) or {@code *}.
 * Missing is 428; a list that does not hold the current version is 412. Weak tags never match (RFC 9110).
 */
record IfMatch(String header) {

	private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*");

	static IfMatch require(String header) {
		if (header == null || header.isBlank()) {
			throw CitizenProblems.preconditionRequired();
		}
		return new IfMatch(header);
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

	void check(long currentVersion) {
		if (this.header.strip().equals("*")) {
			return;
		}
		for (String tag : this.header.split(",")) {
			Matcher matcher = TAG.matcher(tag);
			if (!matcher.matches()) {
				throw CitizenProblems.invalid("If-Match", "must be a list of entity tags such as \"3\"");
			}
			if (matcher.group(1) == null && matcher.group(2).equals(Long.toString(currentVersion))) {
				return;
			}
		}
		throw CitizenProblems.preconditionFailed();
	}

}
