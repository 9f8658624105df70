package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.onestop.intake.calendar.WorkingSession;
import vn.onestop.intake.calendar.WorkingSessions;
import vn.onestop.intake.queue.model.SetupForm.CounterForm;
import vn.onestop.intake.queue.model.SetupForm.FieldForm;

class SetupRulesTest {

	private static final WorkingSessions WARD = WorkingSessions.STANDARD;

	private static FieldForm field(String code, String prefix) {
		return new FieldForm(code, "Lĩnh vực " + code, prefix, 200, null, null);
	}

	private static final List<FieldForm> FIELDS = List.of(field("HO_TICH", "A"), field("DAT_DAI", "B"));

	private static final List<CounterForm> COUNTERS = List.of(new CounterForm(1, List.of("HO_TICH", "DAT_DAI")),
			new CounterForm(2, List.of("DAT_DAI")));

	private static SetupRules.Checked check(List<FieldForm> fields, List<CounterForm> counters) {
		return SetupRules.check(new SetupForm(fields, counters, null, null, null, null, null), WARD);
	}

	private static List<Violation> violations(List<FieldForm> fields, List<CounterForm> counters) {
		SetupRules.Checked checked = check(fields, counters);
		assertThat(checked.setup()).isNull();
		assertThat(checked.valid()).isFalse();
		return checked.violations();
	}

	private static List<Violation> withField(FieldForm changed) {
		return violations(List.of(changed, field("DAT_DAI", "B")), COUNTERS);
	}

	@Test
	void aGoodSetupTakesTheDefaults() {
		SetupRules.Checked checked = check(FIELDS, COUNTERS);
		assertThat(checked.violations()).isEmpty();
		CenterSetup setup = checked.setup();
		assertThat(setup.fields()).containsExactly(
				new QueueField("HO_TICH", "Lĩnh vực HO_TICH", "A", 200, WARD, Duration.ofMinutes(10)),
				new QueueField("DAT_DAI", "Lĩnh vực DAT_DAI", "B", 200, WARD, Duration.ofMinutes(10)));
		assertThat(setup.counters()).containsExactly(new Counter(1, Set.of("HO_TICH", "DAT_DAI")),
				new Counter(2, Set.of("DAT_DAI")));
		assertThat(setup.priorityGroups()).isEqualTo(EnumSet.allOf(PriorityGroup.class));
		assertThat(setup.ordering()).isEqualTo(OrderingPolicy.DEFAULT);
		assertThat(setup.recallLimit()).isEqualTo(2);
		assertThat(setup.notifyAhead()).isEqualTo(5);
		assertThat(setup.countersServing("DAT_DAI")).isEqualTo(2);
	}

	@Test
	void everyChoiceCanBeGiven() {
		SetupForm form = new SetupForm(
				List.of(new FieldForm("HO_TICH", "  Hộ tịch ", "HT", 999, List.of("07:30-11:30", "14:00 - 16:00"), 15)),
				List.of(new CounterForm(1, List.of("HO_TICH"))), List.of("ELDERLY", "DISABILITY"), "STRICT_PRIORITY", 45,
				0, 30);
		CenterSetup setup = SetupRules.check(form, WARD).setup();
		assertThat(setup.fields()).containsExactly(new QueueField("HO_TICH", "Hộ tịch", "HT", 999,
				new WorkingSessions(List.of(WorkingSession.of("07:30", "11:30"), WorkingSession.of("14:00", "16:00"))),
				Duration.ofMinutes(15)));
		assertThat(setup.priorityGroups()).containsExactlyInAnyOrder(PriorityGroup.ELDERLY, PriorityGroup.DISABILITY);
		assertThat(setup.ordering()).isEqualTo(new OrderingPolicy(OrderingPolicy.Kind.STRICT_PRIORITY, Duration.ofMinutes(45)));
		assertThat(setup.recallLimit()).isZero();
		assertThat(setup.notifyAhead()).isEqualTo(30);
	}

	@Test
	void aCenterMayServeNoGroupFirst() {
		SetupForm form = new SetupForm(FIELDS, COUNTERS, List.of(), "BALANCED", null, null, null);
		assertThat(SetupRules.check(form, WARD).setup().priorityGroups()).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void aCenterHasAtLeastOneField(List<FieldForm> fields) {
		assertThat(violations(fields, COUNTERS)).contains(new Violation("fields", "must list at least one field"));
	}

	@Test
	void atMostThirtyFields() {
		List<FieldForm> many = IntStream.range(0, 31).mapToObj(i -> field("F_" + (char) ('A' + i % 26) + (char) ('A' + i / 26),
				String.valueOf((char) ('A' + i % 26)) + (char) ('A' + i / 26))).toList();
		List<CounterForm> all = List.of(new CounterForm(1, many.stream().map(FieldForm::code).toList()));
		assertThat(violations(many, all)).containsExactly(new Violation("fields", "must list at most 30 fields"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ho_tich", "HO-TICH", "HỘ_TỊCH", "HO TICH", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJA" })
	void aFieldCodeIsCapitalLettersAndUnderscores(String code) {
		assertThat(withField(new FieldForm(code, "Hộ tịch", "A", 10, null, null)))
			.contains(new Violation("fields[0].code", "must be a field code such as HO_TICH"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a", "ABCD", "Ă", "Đ", "A1", " A" })
	void aPrefixIsOneToThreeCapitalLatinLetters(String prefix) {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", prefix, 10, null, null)))
			.contains(new Violation("fields[0].prefix", "must be 1 to 3 capital Latin letters, such as A or HT"));
	}

	@Test
	void codesAndPrefixesAreUnique() {
		List<Violation> violations = violations(
				List.of(field("HO_TICH", "A"), field("DAT_DAI", "B"), field("HO_TICH", "C"), field("CHUNG_THUC", "A")),
				List.of(new CounterForm(1, List.of("HO_TICH", "DAT_DAI", "CHUNG_THUC"))));
		assertThat(violations).containsExactly(new Violation("fields[2].code", "is already used by fields[0]"),
				new Violation("fields[3].prefix", "is already used by fields[0]"));
	}

	@Test
	void aPrefixMayStartAnother() {
		assertThat(check(List.of(field("HO_TICH", "A"), field("DAT_DAI", "AB")),
				List.of(new CounterForm(1, List.of("HO_TICH", "DAT_DAI")))).valid()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 1000 })
	void theDailyCapIsFromOneTo999(int cap) {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", cap, null, null))).containsExactly(new Violation(
				"fields[0].dailyCap", "must be from 1 to 999 tickets a day (numbers have three digits)"));
	}

	@Test
	void theDailyCapIsRequired() {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", null, null, null)))
			.extracting(Violation::field).containsExactly("fields[0].dailyCap");
	}

	@Test
	void aNameIsOneLineOfAtMost200Characters() {
		assertThat(withField(new FieldForm("HO_TICH", " ", "A", 10, null, null)))
			.containsExactly(new Violation("fields[0].name", "must not be blank"));
		assertThat(withField(new FieldForm("HO_TICH", null, "A", 10, null, null)))
			.containsExactly(new Violation("fields[0].name", "must not be blank"));
		assertThat(withField(new FieldForm("HO_TICH", "x".repeat(201), "A", 10, null, null)))
			.containsExactly(new Violation("fields[0].name", "must be at most 200 characters"));
		assertThat(withField(new FieldForm("HO_TICH", "Hộ\ntịch", "A", 10, null, null)))
			.containsExactly(new Violation("fields[0].name", "must be one line without control characters"));
	}

	@Test
	void aNameIsStoredComposed() {
		String decomposed = "Ho\u0323\u0302 ti\u0323ch";
		SetupRules.Checked checked = check(List.of(new FieldForm("HO_TICH", decomposed, "A", 10, null, null)),
				List.of(new CounterForm(1, List.of("HO_TICH"))));
		assertThat(checked.setup().fields().get(0).name()).isEqualTo("Hộ tịch");
	}

	@ParameterizedTest
	@ValueSource(strings = { "7:00-11:30", "07:00", "07:00-", "11:30-07:00", "07:00-07:00", "25:00-26:00", "sáng" })
	void aSessionIsWrittenHHmmDashHHmm(String session) {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", 10, List.of(session), null))).containsExactly(
				new Violation("fields[0].sessions[0]", "must be written HH:mm-HH:mm, start before end, such as 07:00-11:30"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "06:30-11:30", "07:00-12:00", "11:00-14:00", "17:00-18:00", "12:00-13:00" })
	void aFieldIsOpenOnlyWhenTheWardIs(String session) {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", 10, List.of(session), null)))
			.containsExactly(new Violation("fields[0].sessions[0]",
					"must lie within one of the ward's working sessions " + WARD.sessions()));
	}

	@Test
	void aFieldsSessionsAreInOrderWithoutOverlap() {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", 10, List.of("13:30-17:00", "07:00-11:30"), null)))
			.containsExactly(new Violation("fields[0].sessions[1]", "must start after the previous session ends"));
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", 10, List.of("07:00-09:00", "08:00-11:00"), null)))
			.containsExactly(new Violation("fields[0].sessions[1]", "must start after the previous session ends"));
	}

	@Test
	void aFieldsSessionsFollowTheWardsOwnSessions() {
		WorkingSessions saturdayWard = new WorkingSessions(List.of(WorkingSession.of("07:30", "11:30")));
		SetupForm form = new SetupForm(List.of(field("HO_TICH", "A")), List.of(new CounterForm(1, List.of("HO_TICH"))),
				null, null, null, null, null);
		assertThat(SetupRules.check(form, saturdayWard).setup().fields().get(0).sessions()).isEqualTo(saturdayWard);
		SetupForm afternoon = new SetupForm(
				List.of(new FieldForm("HO_TICH", "Hộ tịch", "A", 10, List.of("13:30-17:00"), null)),
				List.of(new CounterForm(1, List.of("HO_TICH"))), null, null, null, null, null);
		assertThat(SetupRules.check(afternoon, saturdayWard).violations()).extracting(Violation::field)
			.containsExactly("fields[0].sessions[0]");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 241 })
	void theExpectedServiceIsFromOneMinuteToFourHours(int minutes) {
		assertThat(withField(new FieldForm("HO_TICH", "Hộ tịch", "A", 10, null, minutes)))
			.containsExactly(new Violation("fields[0].expectedServiceMinutes", "must be from 1 to 240"));
	}

	@Test
	void aMissingFieldEntryIsNamed() {
		List<FieldForm> fields = new ArrayList<>(FIELDS);
		fields.add(null);
		assertThat(violations(fields, COUNTERS)).containsExactly(new Violation("fields[2]", "must be a field"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void aCenterHasAtLeastOneCounter(List<CounterForm> counters) {
		assertThat(violations(FIELDS, counters)).contains(new Violation("counters", "must list at least one counter"));
	}

	@Test
	void atMost99Counters() {
		List<CounterForm> counters = IntStream.rangeClosed(1, 100)
			.mapToObj(n -> new CounterForm(n, List.of("HO_TICH", "DAT_DAI"))).toList();
		assertThat(violations(FIELDS, counters)).containsExactly(new Violation("counters", "must list at most 99 counters"));
		assertThat(check(FIELDS, counters.subList(0, 99)).valid()).isTrue();
	}

	@Test
	void countersAreNumberedOneToNInAnyOrder() {
		CenterSetup setup = check(FIELDS, List.of(new CounterForm(2, List.of("DAT_DAI")),
				new CounterForm(1, List.of("HO_TICH")))).setup();
		assertThat(setup.counters()).extracting(Counter::number).containsExactly(1, 2);
	}

	@Test
	void aGapOrARepeatedNumberIsRefused() {
		assertThat(violations(FIELDS, List.of(new CounterForm(1, List.of("HO_TICH")), new CounterForm(3, List.of("DAT_DAI")))))
			.containsExactly(new Violation("counters[1].number",
					"must be from 1 to 2: counters are numbered 1 to the number of counters"));
		assertThat(violations(FIELDS, List.of(new CounterForm(1, List.of("HO_TICH")), new CounterForm(1, List.of("DAT_DAI")))))
			.containsExactly(new Violation("counters[1].number", "is already used by counters[0]"));
		assertThat(violations(FIELDS, List.of(new CounterForm(null, List.of("HO_TICH", "DAT_DAI")))))
			.extracting(Violation::field).containsExactly("counters[0].number");
		assertThat(violations(FIELDS, List.of(new CounterForm(0, List.of("HO_TICH", "DAT_DAI")))))
			.extracting(Violation::field).containsExactly("counters[0].number");
	}

	@Test
	void aCounterServesAtLeastOneOfTheCentersFields() {
		assertThat(violations(FIELDS, List.of(new CounterForm(1, List.of("HO_TICH", "XAY_DUNG")),
				new CounterForm(2, List.of()), new CounterForm(3, List.of("DAT_DAI")), new CounterForm(4, null))))
			.containsExactly(new Violation("counters[0].fields[1]", "must be the code of one of the center's fields"),
					new Violation("counters[1].fields", "must name at least one field the counter serves"),
					new Violation("counters[3].fields", "must name at least one field the counter serves"));
	}

	@Test
	void everyFieldHasACounter() {
		assertThat(violations(FIELDS, List.of(new CounterForm(1, List.of("HO_TICH")))))
			.containsExactly(new Violation("fields[1]", "no counter serves this field: its tickets would never be called"));
	}

	@Test
	void aMissingCounterEntryIsNamed() {
		List<CounterForm> counters = new ArrayList<>(COUNTERS);
		counters.add(null);
		assertThat(violations(FIELDS, counters)).containsExactly(new Violation("counters[2]", "must be a counter"));
	}

	@Test
	void priorityGroupsAreTheFiveKnownOnes() {
		SetupForm form = new SetupForm(FIELDS, COUNTERS, List.of("ELDERLY", "VETERAN", "PREGNANT", "elderly"), null, null,
				null, null);
		String known = "must be one of " + Arrays.toString(PriorityGroup.values());
		assertThat(SetupRules.check(form, WARD).violations()).containsExactly(new Violation("priorityGroups[1]", known),
				new Violation("priorityGroups[3]", known));
	}

	@Test
	void theOrderingIsStrictPriorityOrBalancedWithAHeadStartOfOneMinuteToFourHours() {
		assertThat(SetupRules.check(new SetupForm(FIELDS, COUNTERS, null, "FIFO", null, null, null), WARD).violations())
			.containsExactly(new Violation("ordering", "must be STRICT_PRIORITY or BALANCED"));
		assertThat(SetupRules.check(new SetupForm(FIELDS, COUNTERS, null, "BALANCED", 0, null, null), WARD).violations())
			.containsExactly(new Violation("priorityHeadStartMinutes", "must be from 1 to 240"));
		assertThat(SetupRules.check(new SetupForm(FIELDS, COUNTERS, null, "BALANCED", 241, null, null), WARD).violations())
			.containsExactly(new Violation("priorityHeadStartMinutes", "must be from 1 to 240"));
		assertThat(SetupRules.check(new SetupForm(FIELDS, COUNTERS, null, "BALANCED", 1, null, null), WARD).setup()
			.ordering()).isEqualTo(OrderingPolicy.balanced(Duration.ofMinutes(1)));
	}

	@Test
	void theRecallLimitIsZeroToFiveAndTheSmsPlacesOneToThirty() {
		assertThat(SetupRules.check(new SetupForm(FIELDS, COUNTERS, null, null, null, 6, 0), WARD).violations())
			.containsExactly(new Violation("recallLimit", "must be from 0 to 5"),
					new Violation("notifyAhead", "must be from 1 to 30"));
		assertThat(SetupRules.check(new SetupForm(FIELDS, COUNTERS, null, null, null, -1, 31), WARD).violations())
			.containsExactly(new Violation("recallLimit", "must be from 0 to 5"),
					new Violation("notifyAhead", "must be from 1 to 30"));
	}

	@Test
	void everyFaultIsReportedAtOnce() {
		SetupForm form = new SetupForm(List.of(new FieldForm("ho tich", "", "a", 0, List.of("x"), 0)),
				List.of(new CounterForm(5, List.of("NONE"))), List.of("X"), "Y", 0, 9, 99);
		assertThat(SetupRules.check(form, WARD).violations()).extracting(Violation::field).containsExactly(
				"fields[0].code", "fields[0].prefix", "fields[0].name", "fields[0].dailyCap", "fields[0].sessions[0]",
				"fields[0].expectedServiceMinutes", "counters[0].number", "counters[0].fields[0]", "priorityGroups[0]",
				"ordering", "priorityHeadStartMinutes", "recallLimit", "notifyAhead");
	}

}
