package vn.onestop.intake.queue.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import vn.onestop.intake.dossier.DossierCode;

/** How a served ticket ended: dossiers filed from it, guidance only, or refused with a reason. */
public sealed interface Outcome permits Outcome.Filed, Outcome.Guidance, Outcome.Refused {

	int MAX_REASON_LENGTH = 500;

	/** What the history records. */
	String summary();

	/** One or more dossiers, each filed once. */
	record Filed(List<DossierCode> dossiers) implements Outcome {

		public Filed {
			dossiers = List.copyOf(dossiers);
			if (dossiers.isEmpty()) {
				throw new IllegalArgumentException("A ticket that filed dossiers names at least one");
			}
			if (new LinkedHashSet<>(dossiers).size() != dossiers.size()) {
				throw new IllegalArgumentException("A dossier is filed once: " + dossiers);
			}
		}

		@Override
		public String summary() {
			return "FILED " + String.join(" ", dossiers.stream().map(DossierCode::value).toList());
		}

	}

	record Guidance() implements Outcome {

		@Override
		public String summary() {
			return "GUIDANCE";
		}

	}

	record Refused(String reason) implements Outcome {

		public Refused {
			Objects.requireNonNull(reason, "reason");
			reason = reason.strip();
			if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
				throw new IllegalArgumentException("A refusal gives a reason of 1 to " + MAX_REASON_LENGTH + " characters");
			}
		}

		@Override
		public String summary() {
			return "REFUSED " + reason;
		}

	}

}
