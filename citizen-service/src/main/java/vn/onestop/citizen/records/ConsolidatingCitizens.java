package vn.onestop.citizen.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import vn.onestop.citizen.imports.ImportError;
import vn.onestop.citizen.imports.ImportRow;
import vn.onestop.citizen.imports.ImportTarget;
import vn.onestop.citizen.imports.ImportedCitizens;
import vn.onestop.citizen.imports.RowOutcome;
import vn.onestop.citizen.imports.RowOutcome.Outcome;

/**
 * The citizen side of a consolidation import: checks each row by the registration rules, finds the stored citizen
 * with its personal ID number, and registers, fills in, leaves alone or raises a review as {@link ImportComparison}
 * decides. A batch in which a number comes back is cut there, so a later row always sees what an earlier one wrote.
 */
@Component
class ConsolidatingCitizens implements ImportedCitizens {

	private final CitizenImportWriter writer;

	private final CitizenReviewRepository reviews;

	private final WardsInForce wards;

	private final JsonMapper json;

	ConsolidatingCitizens(CitizenImportWriter writer, CitizenReviewRepository reviews, WardsInForce wards,
			JsonMapper json) {
		this.writer = writer;
		this.reviews = reviews;
		this.wards = wards;
		this.json = json;
	}

	@Override
	public Mono<Boolean> wardInForce(String code) {
		return this.wards.contains(code, RegisteringCitizen.today());
	}

	@Override
	public Mono<List<RowOutcome>> consolidate(ImportTarget target, List<ImportRow> rows) {
		LocalDate today = RegisteringCitizen.today();
		List<Checked> checked = rows.stream().map(row -> check(row, target.successorWard(), today)).toList();
		Instant at = RegisteringCitizen.now();
		return Flux.fromIterable(withoutRepeats(checked))
			.concatMap(part -> apply(target, part, target.importedBy(), at))
			.concatMapIterable(outcomes -> outcomes)
			.collectList();
	}

	private Mono<List<RowOutcome>> apply(ImportTarget target, List<Checked> rows, String who, Instant at) {
		List<String> idNumbers = rows.stream().filter(Checked::valid).map(row -> row.record().idNumber()).toList();
		return this.writer.findByIdNumbers(idNumbers).flatMap(stored -> {
			List<RowOutcome> outcomes = new ArrayList<>();
			List<Citizen> created = new ArrayList<>();
			List<CitizenImportWriter.Change> merged = new ArrayList<>();
			List<CitizenReviewRepository.Raised> conflicts = new ArrayList<>();
			for (Checked row : rows) {
				if (!row.valid()) {
					outcomes.add(RowOutcome.invalid(row.line(), row.errors()));
					continue;
				}
				Citizen current = stored.get(row.record().idNumber());
				if (current == null) {
					created.add(new Citizen(UUID.randomUUID(), row.record().details(), at, true, 1));
					outcomes.add(RowOutcome.of(row.line(), Outcome.CREATED));
					continue;
				}
				ImportComparison comparison = ImportComparison.of(current, row.record());
				if (comparison.outcome() == Outcome.MERGED) {
					merged.add(new CitizenImportWriter.Change(current, current.withDetails(comparison.merged(), at)));
				}
				else if (comparison.outcome() == Outcome.CONFLICT) {
					conflicts.add(review(target, current, row.record(), comparison));
				}
				outcomes.add(RowOutcome.of(row.line(), comparison.outcome()));
			}
			return this.writer.register(created, who, at)
				.then(this.writer.fillIn(merged, who, at))
				.then(this.reviews.raiseForImport(conflicts, who, at))
				.thenReturn(outcomes);
		});
	}

	private CitizenReviewRepository.Raised review(ImportTarget target, Citizen current, ImportedRecord record,
			ImportComparison comparison) {
		ObjectNode details = this.json.createObjectNode();
		details.put("importId", target.importId().toString());
		details.put("line", record.line());
		details.put("source", target.source());
		details.put("oldWardCode", record.oldWardCode());
		ObjectNode fields = details.putObject("fields");
		StringBuilder key = new StringBuilder();
		for (ImportComparison.FieldConflict conflict : comparison.conflicts()) {
			fields.putObject(conflict.field()).put("stored", conflict.stored()).put("imported", conflict.imported());
			key.append(conflict.field()).append('=').append(conflict.imported()).append('\n');
		}
		String reason = "Line " + record.line() + " of an import from " + target.source()
				+ " disagrees with the stored record on " + String.join(", ",
						comparison.conflicts().stream().map(ImportComparison.FieldConflict::field).toList())
				+ "; choose which value each field keeps.";
		// the same disagreement raised again by another file is the same review: decided once
		return new CitizenReviewRepository.Raised(current.id(), current.details().address().wardCode(), reason,
				"import:" + sha256(key.toString()).substring(0, 32), this.json.writeValueAsString(details));
	}

	private static Checked check(ImportRow row, String successorWard, LocalDate today) {
		if (!row.problems().isEmpty()) {
			return new Checked(row.line(), null, row.problems());
		}
		try {
			return new Checked(row.line(), ImportedRecord.read(row, successorWard, today), List.of());
		}
		catch (InvalidCitizenForm ex) {
			return new Checked(row.line(), null, ex.problems().stream()
				.map(problem -> new ImportError(row.line(), problem.field(), problem.message())).toList());
		}
	}

	/** Consecutive parts of the batch in none of which a personal ID number appears twice. */
	static List<List<Checked>> withoutRepeats(List<Checked> rows) {
		List<List<Checked>> parts = new ArrayList<>();
		List<Checked> part = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Checked row : rows) {
			if (row.valid() && !seen.add(row.record().idNumber())) {
				parts.add(part);
				part = new ArrayList<>();
				seen.clear();
				seen.add(row.record().idNumber());
			}
			part.add(row);
		}
		if (!part.isEmpty()) {
			parts.add(part);
		}
		return parts;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A row after checking: its record when valid, its errors otherwise. */
	record Checked(long line, ImportedRecord record, List<ImportError> errors) {

		boolean valid() {
			return this.record != null;
		}

	}

}
