package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.onestop.citizen.ward.MergerContext.UnitState;
import vn.onestop.citizen.ward.MergerRefused.FieldIssue;
import vn.onestop.citizen.ward.MergerRefused.Reason;

/**
 * Decides whether a merger can be recorded against the registry as it stands:
 * <ul>
 * <li>the province is in force on the day;</li>
 * <li>each predecessor is a unit in force on the day, started before it and not already replaced by another
 * recorded merger; a partial one may also be a unit split the day before into another unit starting that day
 * (the other part of the same split), which then stays ended;</li>
 * <li>the new unit is not its own predecessor, directly or through the links;</li>
 * <li>the new code names no other unit on or after the day, unless that unit is a predecessor ending now.</li>
 * </ul>
 */
final class MergerRules {

	private MergerRules() {
	}

	static MergerPlan plan(Merger merger, MergerContext context) {
		if (context.provinceName() == null) {
			throw new MergerRefused(Reason.UNKNOWN_PROVINCE, "No province has code " + merger.provinceCode() + " on "
					+ merger.effectiveOn() + ".", List.of(new FieldIssue("successor.provinceCode", "is not a province in force on the day")));
		}
		LocalDate day = merger.effectiveOn();
		List<FieldIssue> notInForce = new ArrayList<>();
		List<FieldIssue> cycles = new ArrayList<>();
		List<UnitKey> ending = new ArrayList<>();
		List<MergerPlan.Link> links = new ArrayList<>();
		for (int i = 0; i < merger.predecessors().size(); i++) {
			Merger.Predecessor predecessor = merger.predecessors().get(i);
			String field = "predecessors[" + i + "].code";
			List<UnitState> candidates = context.candidates(predecessor.code());
			Optional<UnitState> current = candidates.stream().filter(u -> u.inForceOn(day) && u.key().from().isBefore(day)).findFirst();
			Optional<UnitState> split = candidates.stream()
				.filter(u -> u.splitOnDay() && day.minusDays(1).equals(u.effectiveTo()))
				.findFirst();
			if (candidates.stream().anyMatch(u -> u.key().equals(merger.successor()))) {
				cycles.add(new FieldIssue(field, "is the new unit itself; a unit cannot be its own predecessor"));
			}
			else if (current.isPresent() && current.get().effectiveTo() != null) {
				notInForce.add(new FieldIssue(field, predecessor.code() + " is already replaced from "
						+ current.get().effectiveTo().plusDays(1)));
			}
			else if (current.isPresent()) {
				if (reaches(context, current.get().key(), merger.successor())) {
					cycles.add(new FieldIssue(field, predecessor.code() + " descends from the new unit; the merger would make a cycle"));
				}
				if (predecessor.ends()) {
					ending.add(current.get().key());
				}
				links.add(new MergerPlan.Link(current.get().key(), current.get().fullName(), predecessor.partial(), predecessor.continues()));
			}
			else if (split.isPresent() && predecessor.partial() && !predecessor.continues()) {
				links.add(new MergerPlan.Link(split.get().key(), split.get().fullName(), true, false));
			}
			else if (split.isPresent()) {
				notInForce.add(new FieldIssue(field, predecessor.code() + " was split on " + day
						+ " and ended the day before; list it as partial and not continuing"));
			}
			else {
				notInForce.add(new FieldIssue(field, predecessor.code() + " is not a unit in force before and on " + day));
			}
		}
		if (!cycles.isEmpty()) {
			throw new MergerRefused(Reason.CYCLE, "Unit " + merger.code() + " from " + day
					+ " cannot be its own predecessor.", cycles);
		}
		if (!notInForce.isEmpty()) {
			throw new MergerRefused(Reason.PREDECESSOR_NOT_IN_FORCE, "Predecessor " + codes(notInForce)
					+ " is not a unit in force on " + day + ".", notInForce);
		}
		requireCodeFree(merger, context, ending);
		return new MergerPlan(merger, context.provinceName(), ending, links);
	}

	private static void requireCodeFree(Merger merger, MergerContext context, List<UnitKey> ending) {
		for (UnitState holder : context.codeHolders()) {
			if (!ending.contains(holder.key())) {
				throw new MergerRefused(Reason.CODE_IN_USE, "Code " + merger.code() + " names " + holder.fullName() + " from "
						+ holder.key().from() + "; a code is reused only for a unit this merger ends.",
						List.of(new FieldIssue("successor.code", "already names another unit on or after the day")));
			}
		}
	}

	/** True when {@code target} is among the predecessors of {@code start}, following links back as far as they go. */
	static boolean reaches(MergerContext context, UnitKey start, UnitKey target) {
		Set<UnitKey> seen = new HashSet<>();
		Deque<UnitKey> open = new ArrayDeque<>(List.of(start));
		while (!open.isEmpty()) {
			UnitKey unit = open.pop();
			if (unit.equals(target)) {
				return true;
			}
			if (seen.add(unit)) {
				open.addAll(context.predecessorsOf().getOrDefault(unit, List.of()));
			}
		}
		return false;
	}

	private static String codes(List<FieldIssue> issues) {
		return String.join(", ", issues.stream().map(i -> i.message().split(" ", 2)[0]).toList());
	}

}
