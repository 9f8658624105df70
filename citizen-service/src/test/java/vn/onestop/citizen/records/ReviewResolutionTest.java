package vn.onestop.citizen.records;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.onestop.rules.citizen.FieldProblem;

class ReviewResolutionTest {

	private static final Map<String, String> DISPUTED = disputed();

	@Test
	void importedChoicesBecomeValuesAndEveryChoiceIsKept() {
		ReviewResolution resolution = ReviewResolution.of(ReviewKind.IMPORT_CONFLICT, DISPUTED,
				new ReviewResolutionForm(Map.of("phone", "imported", "email", " STORED "), null));
		assertThat(resolution.values()).containsExactly(Map.entry("phone", "0987654321"));
		assertThat(resolution.decision()).containsExactly(Map.entry("phone", "IMPORTED"), Map.entry("email", "STORED"));
		CitizenForm form = resolution.applyTo(new CitizenForm("A", "001087000001", "1987-03-04", "MALE", "0912345678",
				"a@example.vn", new CitizenForm.AddressForm(null, "20242"), new CitizenForm.PreferencesForm("SMS", true)));
		assertThat(form.phone()).isEqualTo("0987654321");
		assertThat(form.email()).isEqualTo("a@example.vn");
	}

	@Test
	void everyDisputedFieldNeedsAChoiceAndNoOtherFieldMayHaveOne() {
		assertThatThrownBy(() -> ReviewResolution.of(ReviewKind.IMPORT_CONFLICT, DISPUTED,
				new ReviewResolutionForm(Map.of("phone", "MINE", "fullName", "STORED"), "20242")))
			.isInstanceOfSatisfying(InvalidCitizenForm.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("wardCode", "fields.fullName", "fields.phone", "fields.email"));
		assertThatThrownBy(() -> ReviewResolution.of(ReviewKind.IMPORT_CONFLICT, DISPUTED, new ReviewResolutionForm(null, null)))
			.isInstanceOf(InvalidCitizenForm.class);
		assertThatThrownBy(() -> ReviewResolution.of(ReviewKind.IMPORT_CONFLICT, DISPUTED, null))
			.isInstanceOf(InvalidCitizenForm.class);
	}

	@Test
	void everyFieldAnImportDisputesCanBeSet() {
		CitizenForm form = new CitizenForm("A", "001087000001", "1987-03-04", "MALE", null, null,
				new CitizenForm.AddressForm(null, "20242"), new CitizenForm.PreferencesForm("NONE", false));
		Map<String, String> all = new LinkedHashMap<>();
		all.put("fullName", "B");
		all.put("dateOfBirth", "1987-03-05");
		all.put("gender", "FEMALE");
		all.put("phone", "0912345678");
		all.put("email", "b@example.vn");
		all.put("address.line", "Số 5");
		all.put("address.wardCode", "00004");
		all.put("preferences.channel", "SMS");
		all.put("preferences.consent", "true");
		Map<String, String> choices = new LinkedHashMap<>();
		all.keySet().forEach(field -> choices.put(field, "IMPORTED"));
		CitizenForm resolved = ReviewResolution.of(ReviewKind.IMPORT_CONFLICT, all, new ReviewResolutionForm(choices, null))
			.applyTo(form);
		assertThat(resolved).isEqualTo(new CitizenForm("B", "001087000001", "1987-03-05", "FEMALE", "0912345678",
				"b@example.vn", new CitizenForm.AddressForm("Số 5", "00004"), new CitizenForm.PreferencesForm("SMS", true)));
	}

	@Test
	void aSplitWardIsResolvedByTheWardTheCitizenLivesIn() {
		ReviewResolution resolution = ReviewResolution.of(ReviewKind.PARTIAL_MERGER, Map.of(),
				new ReviewResolutionForm(null, " 20242 "));
		assertThat(resolution.values()).containsExactly(Map.entry("address.wardCode", "20242"));
		assertThatThrownBy(() -> ReviewResolution.of(ReviewKind.PARTIAL_MERGER, Map.of(),
				new ReviewResolutionForm(Map.of("phone", "IMPORTED"), "2024")))
			.isInstanceOfSatisfying(InvalidCitizenForm.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("fields", "wardCode"));
	}

	private static Map<String, String> disputed() {
		Map<String, String> disputed = new LinkedHashMap<>();
		disputed.put("phone", "0987654321");
		disputed.put("email", "b@example.vn");
		return disputed;
	}

}
