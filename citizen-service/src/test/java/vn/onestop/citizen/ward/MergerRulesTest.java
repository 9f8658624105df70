package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.onestop.citizen.ward.MergerContext.UnitState;
import vn.onestop.citizen.ward.MergerRefused.FieldIssue;
import vn.onestop.citizen.ward.MergerRefused.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergerRulesTest {

	private static final LocalDate ON = LocalDate.of(2026, 1, 1);

	private static final LocalDate START = AdminUnit.MERGER_DAY;

	private static final UnitState A = open("90001", START);

	private static final UnitState B = open("90002", START);

	@Test
	void fullPredecessorsEndAndAreLinked() {
		MergerPlan plan = MergerRules.plan(merger("90009", full("90001"), full("90002")), context(List.of(A, B), List.of()));
		assertThat(plan.provinceName()).isEqualTo("Đà Nẵng");
		assertThat(plan.ending()).containsExactly(A.key(), B.key());
		assertThat(plan.links()).extracting(MergerPlan.Link::predecessor, MergerPlan.Link::partial)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(A.key(), false), org.assertj.core.groups.Tuple.tuple(B.key(), false));
	}

	@Test
	void aPartialPredecessorEndsUnlessItContinues() {
		MergerPlan split = MergerRules.plan(merger("90009", full("90001"), partial("90002", false)), context(List.of(A, B), List.of()));
		assertThat(split.ending()).containsExactly(A.key(), B.key());
		MergerPlan continuing = MergerRules.plan(merger("90009", full("90001"), partial("90002", true)), context(List.of(A, B), List.of()));
		assertThat(continuing.ending()).containsExactly(A.key());
		assertThat(continuing.links()).extracting(MergerPlan.Link::partial).containsExactly(false, true);
	}

	@Test
	void anUnknownProvinceIsRefusedFirst() {
		MergerContext noProvince = new MergerContext(null, Map.of(), List.of(), Map.of());
		assertRefused(merger("90009", full("90001")), noProvince, Reason.UNKNOWN_PROVINCE, "successor.provinceCode");
	}

	@Test
	void aPredecessorThatDoesNotExistOrIsNotInForceIsNamed() {
		UnitState ended = new UnitState(new UnitKey("90003", START), ON.minusDays(10), "Phường 90003", false);
		UnitState startsOnTheDay = open("90004", ON);
		UnitState alreadyReplaced = new UnitState(new UnitKey("90005", START), ON.plusDays(30), "Phường 90005", false);
		FieldIssue[] issues = assertRefused(merger("90009", full("90001"), full("90404"), full("90003"), full("90004"), full("90005")),
				context(List.of(A, ended, startsOnTheDay, alreadyReplaced), List.of()), Reason.PREDECESSOR_NOT_IN_FORCE,
				"predecessors[1].code", "predecessors[2].code", "predecessors[3].code", "predecessors[4].code");
		assertThat(issues[0].message()).startsWith("90404 ");
		assertThat(issues[3].message()).contains("already replaced from 2026-02-01");
	}

	@Test
	void theRefusalDetailNamesTheMissingPredecessor() {
		assertThatThrownBy(() -> MergerRules.plan(merger("90009", full("90404")), context(List.of(), List.of())))
			.hasMessage("Predecessor 90404 is not a unit in force on 2026-01-01.");
	}

	@Test
	void theOtherPartOfASameDaySplitIsAcceptedAsPartialAndNotEndedAgain() {
		UnitState splitYesterday = new UnitState(new UnitKey("90002", START), ON.minusDays(1), "Phường 90002", true);
		MergerPlan plan = MergerRules.plan(merger("90009", full("90001"), partial("90002", false)),
				context(List.of(A, splitYesterday), List.of()));
		assertThat(plan.ending()).containsExactly(A.key());
		assertThat(plan.links()).extracting(MergerPlan.Link::predecessor).containsExactly(A.key(), splitYesterday.key());
		assertRefused(merger("90009", full("90002")), context(List.of(splitYesterday), List.of()), Reason.PREDECESSOR_NOT_IN_FORCE,
				"predecessors[0].code");
		assertRefused(merger("90009", partial("90002", true)), context(List.of(splitYesterday), List.of()),
				Reason.PREDECESSOR_NOT_IN_FORCE, "predecessors[0].code");
		UnitState endedYesterdayNotSplit = new UnitState(new UnitKey("90002", START), ON.minusDays(1), "Phường 90002", false);
		assertRefused(merger("90009", partial("90002", false)), context(List.of(endedYesterdayNotSplit), List.of()),
				Reason.PREDECESSOR_NOT_IN_FORCE, "predecessors[0].code");
	}

	@Test
	void aUnitCannotBeItsOwnPredecessorDirectly() {
		UnitState itself = open("90009", ON);
		assertRefused(merger("90009", full("90009")), context(List.of(itself), List.of(itself)), Reason.CYCLE, "predecessors[0].code");
	}

	@Test
	void aUnitCannotBeItsOwnPredecessorThroughLinks() {
		UnitKey newUnit = new UnitKey("90009", ON);
		UnitKey middle = new UnitKey("90007", START);
		Map<UnitKey, List<UnitKey>> links = Map.of(A.key(), List.of(middle), middle, List.of(newUnit));
		assertRefused(merger("90009", full("90002"), full("90001")), context(List.of(A, B), List.of(), links), Reason.CYCLE,
				"predecessors[1].code");
	}

	@Test
	void reachingFollowsDiamondsAndStopsOnCyclesInTheData() {
		UnitKey x = new UnitKey("90010", START);
		UnitKey y = new UnitKey("90011", START);
		UnitKey z = new UnitKey("90012", START);
		Map<UnitKey, List<UnitKey>> diamond = Map.of(A.key(), List.of(x, y), x, List.of(z), y, List.of(z), z, List.of(A.key()));
		MergerContext context = context(List.of(A), List.of(), diamond);
		assertThat(MergerRules.reaches(context, A.key(), z)).isTrue();
		assertThat(MergerRules.reaches(context, A.key(), new UnitKey("90009", ON))).isFalse();
		assertThat(MergerRules.reaches(context, z, new UnitKey("90404", START))).isFalse();
	}

	@Test
	void aNewCodeMayReuseTheCodeOfAPredecessorThatEnds() {
		MergerPlan plan = MergerRules.plan(merger("90001", full("90001"), full("90002")), context(List.of(A, B), List.of(A)));
		assertThat(plan.merger().successor()).isEqualTo(new UnitKey("90001", ON));
		assertThat(plan.ending()).contains(A.key());
	}

	@Test
	void aNewCodeNamingAnotherUnitOrAContinuingPredecessorIsInUse() {
		UnitState other = open("90009", START);
		assertRefused(merger("90009", full("90001")), context(List.of(A), List.of(other)), Reason.CODE_IN_USE, "successor.code");
		assertRefused(merger("90002", partial("90002", true), full("90001")), context(List.of(A, B), List.of(B)),
				Reason.CODE_IN_USE, "successor.code");
		UnitState later = open("90009", ON.plusDays(100));
		assertRefused(merger("90009", full("90001")), context(List.of(A), List.of(later)), Reason.CODE_IN_USE, "successor.code");
	}

	private static FieldIssue[] assertRefused(Merger merger, MergerContext context, Reason reason, String... fields) {
		FieldIssue[][] issues = new FieldIssue[1][];
		assertThatThrownBy(() -> MergerRules.plan(merger, context)).isInstanceOfSatisfying(MergerRefused.class, refused -> {
			assertThat(refused.reason()).isEqualTo(reason);
			assertThat(refused.issues()).extracting(FieldIssue::field).containsExactly(fields);
			issues[0] = refused.issues().toArray(FieldIssue[]::new);
		});
		return issues[0];
	}

	private static Merger merger(String code, Merger.Predecessor... predecessors) {
		return new Merger(code, "Mới", UnitType.WARD, "48", ON, List.of(predecessors));
	}

	private static Merger.Predecessor full(String code) {
		return new Merger.Predecessor(code, false, false);
	}

	private static Merger.Predecessor partial(String code, boolean continues) {
		return new Merger.Predecessor(code, true, continues);
	}

	private static UnitState open(String code, LocalDate from) {
		return new UnitState(new UnitKey(code, from), null, "Phường " + code, false);
	}

	private static MergerContext context(List<UnitState> candidates, List<UnitState> holders) {
		return context(candidates, holders, Map.of());
	}

	private static MergerContext context(List<UnitState> candidates, List<UnitState> holders, Map<UnitKey, List<UnitKey>> links) {
		Map<String, List<UnitState>> byCode = new HashMap<>(candidates.stream().collect(Collectors.groupingBy(u -> u.key().code())));
		return new MergerContext("Đà Nẵng", byCode, holders, links);
	}

}
