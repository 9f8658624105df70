package vn.onestop.intake.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.onestop.intake.procedure.Channel;
import vn.onestop.intake.procedure.ProcedureVersion;
import vn.onestop.intake.procedure.RequiredDocument;

/**
 * What a well-formed request must also satisfy against the procedure version in force: an allowed
 * channel, known documents each handed in at least once, and at a counter every mandatory document.
 */
final class IntakeRules {

	record Violation(String field, String message) {
	}

	record Checked(List<HandedInDocument> documents, List<Violation> violations) {
	}

	private IntakeRules() {
	}

	static Checked check(Channel channel, List<DossierRequest.Document> requested, ProcedureVersion version) {
		List<Violation> violations = new ArrayList<>();
		if (!version.allows(channel)) {
			violations.add(new Violation("channel", "procedure " + version.procedureCode() + " accepts only "
					+ version.channels().stream().sorted().toList()));
		}
		List<HandedInDocument> documents = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			DossierRequest.Document document = requested.get(i);
			String field = "documents[" + i + "]";
			Optional<RequiredDocument> required = version.document(document.key());
			if (required.isEmpty()) {
				violations.add(new Violation(field + ".key", "is not a document of procedure " + version.procedureCode()));
				continue;
			}
			if (!seen.add(document.key())) {
				violations.add(new Violation(field + ".key", "is listed twice"));
				continue;
			}
			int originals = DossierRequest.count(document.originals());
			int certified = DossierRequest.count(document.certifiedCopies());
			int copies = DossierRequest.count(document.copies());
			if (originals + certified + copies == 0) {
				violations.add(new Violation(field, "must count at least one original, certified copy or copy"));
				continue;
			}
			documents.add(new HandedInDocument(required.get().position(), document.key(), required.get().name(),
					originals, certified, copies));
		}
		if (channel == Channel.IN_PERSON) {
			version.documents()
				.stream()
				.filter(RequiredDocument::mandatory)
				.filter(missing -> !seen.contains(missing.key()))
				.forEach(missing -> violations.add(new Violation("documents",
						"misses mandatory document '" + missing.key() + "' (" + missing.name() + ")")));
		}
		documents.sort(java.util.Comparator.comparingInt(HandedInDocument::position));
		return new Checked(List.copyOf(documents), List.copyOf(violations));
	}

}
