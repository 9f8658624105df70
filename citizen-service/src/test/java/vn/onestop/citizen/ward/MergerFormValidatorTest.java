package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.onestop.citizen.ward.MergerForm.PredecessorForm;
import vn.onestop.citizen.ward.MergerForm.SuccessorForm;
import vn.onestop.citizen.ward.MergerRefused.FieldIssue;
import vn.onestop.citizen.ward.MergerRefused.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergerFormValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static final SuccessorForm SUCCESSOR = new SuccessorForm("99001", "Hòa Xuân", "WARD", "48");

	private static final List<PredecessorForm> TWO = List.of(new PredecessorForm("20242", false, null),
			new PredecessorForm("20257", true, true));

	@Test
	void aValidFormBecomesAMerger() {
		Merger merger = MergerFormValidator.validate(new MergerForm(SUCCESSOR, "2026-01-01", TWO), TODAY);
		assertThat(merger).isEqualTo(new Merger("99001", "Hòa Xuân", UnitType.WARD, "48", LocalDate.of(2026, 1, 1),
				List.of(new Merger.Predecessor("20242", false, false), new Merger.Predecessor("20257", true, true))));
		assertThat(merger.fullName()).isEqualTo("Phường Hòa Xuân");
		assertThat(merger.predecessors().get(0).ends()).isTrue();
		assertThat(merger.predecessors().get(1).ends()).isFalse();
	}

	@Test
	void theNameIsNfcSingleSpacedAndLosesItsTypeWordTypeIsCaseInsensitive() {
		Merger merger = MergerFormValidator.validate(new MergerForm(new SuccessorForm("99001", "  Phường   Hoa\u0300 Xuân ",
				"ward", "48"), "2026-01-01", TWO), TODAY);
		assertThat(merger.name()).isEqualTo("Hoà Xuân");
		assertThat(merger.type()).isEqualTo(UnitType.WARD);
	}

	@Test
	void theFirstDayAfterTheNationalMergerAndTodayAreAccepted() {
		assertThat(MergerFormValidator.validate(new MergerForm(SUCCESSOR, "2025-07-02", TWO), TODAY).effectiveOn())
			.isEqualTo(LocalDate.of(2025, 7, 2));
		assertThat(MergerFormValidator.validate(new MergerForm(SUCCESSOR, TODAY.toString(), TWO), TODAY).effectiveOn())
			.isEqualTo(TODAY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-07-01", "2024-01-01", "2026-11-22", "2026-13-01", "tomorrow", "" })
	void daysOnOrBeforeTheNationalMergerInTheFutureOrMalformedAreRefused(String day) {
		assertThat(issues(new MergerForm(SUCCESSOR, day, TWO))).extracting(FieldIssue::field).containsExactly("effectiveOn");
	}

	@Test
	void everyBadSuccessorFieldIsNamed() {
		assertThat(issues(new MergerForm(new SuccessorForm("1234", "", "CITY", "480"), null, TWO)))
			.extracting(FieldIssue::field)
			.containsExactly("successor.code", "successor.type", "successor.name", "successor.provinceCode", "effectiveOn");
		assertThat(issues(new MergerForm(null, "2026-01-01", TWO))).extracting(FieldIssue::field)
			.contains("successor", "successor.code", "successor.name");
		assertThat(issues(null)).extracting(FieldIssue::field).containsExactly("successor");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hòa\u0007Xuân", "Hòa\nXuân", "Phường", "  Phường  ", "Thị trấn" })
	void namesWithControlCharactersOrOnlyATypeWordAreRefused(String name) {
		assertThat(issues(new MergerForm(new SuccessorForm("99001", name, "WARD", "48"), "2026-01-01", TWO)))
			.extracting(FieldIssue::field).containsExactly("successor.name");
	}

	@Test
	void aNameOfMoreThan100CharactersIsRefused() {
		String longName = "A".repeat(101);
		assertThat(issues(new MergerForm(new SuccessorForm("99001", longName, "WARD", "48"), "2026-01-01", TWO)))
			.extracting(FieldIssue::message).containsExactly("must be at most 100 characters");
		assertThat(MergerFormValidator.validate(new MergerForm(new SuccessorForm("99001", "A".repeat(100), "WARD", "48"),
				"2026-01-01", TWO), TODAY).name()).hasSize(100);
	}

	@Test
	void predecessorsMustBePresentFewUniqueAndWellFormed() {
		assertThat(issues(new MergerForm(SUCCESSOR, "2026-01-01", null))).extracting(FieldIssue::field).containsExactly("predecessors");
		assertThat(issues(new MergerForm(SUCCESSOR, "2026-01-01", List.of()))).extracting(FieldIssue::field).containsExactly("predecessors");
		assertThat(issues(new MergerForm(SUCCESSOR, "2026-01-01",
				Collections.nCopies(51, new PredecessorForm("20242", false, false))))).extracting(FieldIssue::message)
			.containsExactly("must list at most 50 units");
		List<PredecessorForm> bad = new ArrayList<>(Arrays.asList(new PredecessorForm("20242", null, null),
				new PredecessorForm("2024x", false, false), null, new PredecessorForm("20242", true, false),
				new PredecessorForm("20257", false, true)));
		assertThat(issues(new MergerForm(SUCCESSOR, "2026-01-01", bad))).extracting(FieldIssue::field)
			.containsExactly("predecessors[1].code", "predecessors[2]", "predecessors[3].code", "predecessors[4].continues");
	}

	@Test
	void aMissingPartialFlagMeansFull() {
		Merger merger = MergerFormValidator.validate(new MergerForm(SUCCESSOR, "2026-01-01",
				List.of(new PredecessorForm("20242", null, null))), TODAY);
		assertThat(merger.predecessors()).containsExactly(new Merger.Predecessor("20242", false, false));
	}

	@Test
	void theFingerprintIgnoresPredecessorOrderButNotContent() {
		Merger one = MergerFormValidator.validate(new MergerForm(SUCCESSOR, "2026-01-01", TWO), TODAY);
		Merger reordered = MergerFormValidator.validate(new MergerForm(SUCCESSOR, "2026-01-01", List.of(TWO.get(1), TWO.get(0))), TODAY);
		Merger otherFlag = MergerFormValidator.validate(new MergerForm(SUCCESSOR, "2026-01-01",
				List.of(TWO.get(0), new PredecessorForm("20257", true, false))), TODAY);
		Merger otherName = MergerFormValidator.validate(new MergerForm(new SuccessorForm("99001", "Hòa Xuân Tây", "WARD", "48"),
				"2026-01-01", TWO), TODAY);
		assertThat(reordered.fingerprint()).isEqualTo(one.fingerprint());
		assertThat(otherFlag.fingerprint()).isNotEqualTo(one.fingerprint());
		assertThat(otherName.fingerprint()).isNotEqualTo(one.fingerprint());
	}

	private static List<FieldIssue> issues(MergerForm form) {
		List<FieldIssue> issues = new ArrayList<>();
		assertThatThrownBy(() -> MergerFormValidator.validate(form, TODAY)).isInstanceOfSatisfying(MergerRefused.class, refused -> {
			assertThat(refused.reason()).isEqualTo(Reason.INVALID);
			issues.addAll(refused.issues());
		});
		return issues;
	}

}
