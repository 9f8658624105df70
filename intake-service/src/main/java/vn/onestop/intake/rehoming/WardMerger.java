package vn.onestop.intake.rehoming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A merger as citizen-service announces it (WardsMerged): the successor ward, the date, and the
 * predecessor wards, each merged whole or only in part. Open dossiers follow the wards merged whole;
 * a ward merged in part has several successors, so its dossiers stay where they are.
 */
record WardMerger(String successor, LocalDate effectiveOn, List<String> mergedWhole, List<String> mergedInPart) {

	private static final Pattern WARD_CODE = Pattern.compile("\\d{5}");

	/** @return the merger, or empty when the event does not describe one this service can act on */
	static Optional<WardMerger> from(JsonNode payload) {
		String successor = payload.path("successor").path("code").asString("");
		if (!WARD_CODE.matcher(successor).matches()) {
			return Optional.empty();
		}
		List<String> whole = new ArrayList<>();
		List<String> part = new ArrayList<>();
		for (JsonNode predecessor : payload.path("predecessors")) {
			String code = predecessor.path("code").asString("");
			if (!WARD_CODE.matcher(code).matches() || code.equals(successor)) {
				continue;
			}
			(predecessor.path("partial").asBoolean(false) ? part : whole).add(code);
		}
		LocalDate on;
		try {
			on = LocalDate.parse(payload.path("effectiveOn").asString(""));
		}
		catch (java.time.format.DateTimeParseException unreadable) {
			return Optional.empty();
		}
		return Optional.of(new WardMerger(successor, on, List.copyOf(whole), List.copyOf(part)));
	}

}
