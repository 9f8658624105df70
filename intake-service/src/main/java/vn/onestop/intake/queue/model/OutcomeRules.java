package vn.onestop.intake.queue.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.onestop.intake.dossier.DossierCode;

/** Reads the outcome an officer sends when finishing a ticket, addressing each fault to its value. */
public final class OutcomeRules {

	public record Checked(Outcome outcome, List<Violation> violations) {

		public boolean valid() {
			return this.violations.isEmpty();
		}

	}

	private OutcomeRules() {
	}

	public static Checked check(String kind, List<String> dossierCodes, String reason) {
		List<Violation> violations = new ArrayList<>();
		List<String> codes = dossierCodes == null ? List.of() : dossierCodes;
		String why = reason == null ? "" : reason.strip();
		if ("FILED".equals(kind)) {
			List<DossierCode> parsed = dossiers(codes, violations);
			return violations.isEmpty() ? new Checked(new Outcome.Filed(parsed), List.of()) : new Checked(null, violations);
		}
		if (!codes.isEmpty()) {
			violations.add(new Violation("dossierCodes", "are given only with the outcome FILED"));
		}
		if ("GUIDANCE".equals(kind)) {
			return violations.isEmpty() ? new Checked(new Outcome.Guidance(), List.of()) : new Checked(null, violations);
		}
		if ("REFUSED".equals(kind)) {
			if (why.isEmpty() || why.length() > Outcome.MAX_REASON_LENGTH) {
				violations.add(new Violation("reason", "must give why, in 1 to " + Outcome.MAX_REASON_LENGTH + " characters"));
			}
			return violations.isEmpty() ? new Checked(new Outcome.Refused(why), List.of()) : new Checked(null, violations);
		}
		violations.add(new Violation("outcome", "must be FILED, GUIDANCE or REFUSED"));
		return new Checked(null, violations);
	}

	private static List<DossierCode> dossiers(List<String> codes, List<Violation> violations) {
		if (codes.isEmpty()) {
			violations.add(new Violation("dossierCodes", "must name at least one dossier filed from the ticket"));
		}
		List<DossierCode> parsed = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			Optional<DossierCode> code = DossierCode.parse(codes.get(i));
			if (code.isEmpty()) {
				violations.add(new Violation("dossierCodes[" + i + "]", "must be a dossier code such as H01.01-250701-0001"));
			}
			else if (parsed.contains(code.get())) {
				violations.add(new Violation("dossierCodes[" + i + "]", "names a dossier already listed"));
			}
			else {
				parsed.add(code.get());
			}
		}
		return parsed;
	}

}
