package vn.onestop.intake.dossier;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The names of the actions in {@code POST /dossiers/{code}/actions/{action}}. */
final class ActionNames {

	static final String APOLOGIZE = "apologize";

	private static final Map<DossierAction, String> NAMES = new EnumMap<>(Map.ofEntries(
			Map.entry(DossierAction.ACCEPT, "accept"), Map.entry(DossierAction.REFUSE, "refuse"),
			Map.entry(DossierAction.TRANSFER, "transfer"), Map.entry(DossierAction.REQUEST_SUPPLEMENT, "request-supplement"),
			Map.entry(DossierAction.RESUME, "supplement-received"), Map.entry(DossierAction.REQUEST_FEES, "fees-due"),
			Map.entry(DossierAction.CONFIRM_FEES_PAID, "fees-paid"),
			Map.entry(DossierAction.MARK_RESULT_READY, "result-ready"), Map.entry(DossierAction.RETURN_RESULT, "return"),
			Map.entry(DossierAction.WITHDRAW, "withdraw"), Map.entry(DossierAction.STOP, "stop")));

	private ActionNames() {
	}

	static String of(DossierAction action) {
		return NAMES.get(action);
	}

	static Optional<DossierAction> parse(String name) {
		return NAMES.entrySet().stream().filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey).findFirst();
	}

	/** What can be done to a dossier in this status, in the lifecycle's order, apologizing last. */
	static List<String> allowed(Collection<DossierAction> lifecycleActions, boolean apologyPossible) {
		List<String> names = new java.util.ArrayList<>(
				lifecycleActions.stream().sorted().map(ActionNames::of).toList());
		if (apologyPossible) {
			names.add(APOLOGIZE);
		}
		return List.copyOf(names);
	}

	static List<String> all() {
		return allowed(List.of(DossierAction.values()), true);
	}

}
