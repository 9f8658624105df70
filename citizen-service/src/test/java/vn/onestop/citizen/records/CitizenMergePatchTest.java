package vn.onestop.citizen.records;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.onestop.citizen.records.CitizenForm.AddressForm;
import vn.onestop.citizen.records.CitizenForm.PreferencesForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.onestop.rules.citizen.FieldProblem;

class CitizenMergePatchTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CitizenForm CURRENT = new CitizenForm("Nguyễn Văn Dũng", "038087042028", "1987-03-04", "MALE",
			"0912345678", "dung@example.vn", new AddressForm("Thôn Đông", "20242"), new PreferencesForm("SMS", true));

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"a\":\"b\"}|{\"a\":\"c\"}|{\"a\":\"c\"}", "{\"a\":\"b\"}|{\"b\":\"c\"}|{\"a\":\"b\",\"b\":\"c\"}",
			"{\"a\":\"b\"}|{\"a\":null}|{}", "{\"a\":\"b\",\"b\":\"c\"}|{\"a\":null}|{\"b\":\"c\"}",
			"{\"a\":[\"b\"]}|{\"a\":\"c\"}|{\"a\":\"c\"}", "{\"a\":\"c\"}|{\"a\":[\"b\"]}|{\"a\":[\"b\"]}",
			"{\"a\":{\"b\":\"c\"}}|{\"a\":{\"b\":\"d\",\"c\":null}}|{\"a\":{\"b\":\"d\"}}", "[1,2]|{\"a\":\"b\",\"c\":null}|{\"a\":\"b\"}",
			"{}|{\"a\":{\"bb\":{\"ccc\":null}}}|{\"a\":{\"bb\":{}}}" })
	void mergeFollowsTheRfcExamples(String target, String patch, String result) {
		assertThat(CitizenMergePatch.merge(JSON.readTree(target), JSON.readTree(patch))).isEqualTo(JSON.readTree(result));
	}

	@Test
	void membersReplaceAndNullRemoves() {
		CitizenForm patched = apply("{\"phone\":null,\"address\":{\"line\":\"Số 1\"},\"preferences\":{\"channel\":\"NONE\"}}");
		assertThat(patched).isEqualTo(new CitizenForm("Nguyễn Văn Dũng", "038087042028", "1987-03-04", "MALE", null,
				"dung@example.vn", new AddressForm("Số 1", "20242"), new PreferencesForm("NONE", true)));
	}

	@Test
	void emptyPatchChangesNothing() {
		assertThat(apply("{}")).isEqualTo(CURRENT);
	}

	@Test
	void readOnlyAndUnknownMembersAreRefused() {
		assertThat(refused("{\"id\":\"x\",\"version\":3,\"active\":false,\"address\":{\"ward\":\"1\"},\"fullName\":\"A\"}"))
			.containsExactly(new FieldProblem("id", "cannot be changed by PATCH"),
					new FieldProblem("version", "cannot be changed by PATCH"),
					new FieldProblem("active", "cannot be changed by PATCH"),
					new FieldProblem("address.ward", "cannot be changed by PATCH"));
	}

	@Test
	void wrongTypesNameTheField() {
		assertThat(refused("{\"preferences\":{\"consent\":\"perhaps\"}}")).extracting(FieldProblem::field)
			.containsExactly("preferences.consent");
		assertThat(refused("{\"address\":\"Hải Châu\"}")).extracting(FieldProblem::field).containsExactly("address");
		assertThat(refused("{\"fullName\":{\"first\":\"A\"}}")).extracting(FieldProblem::field).containsExactly("fullName");
	}

	@Test
	void aPatchMustBeAnObject() {
		assertThat(refused("[]")).containsExactly(new FieldProblem("body", "must be a JSON object (a merge patch)"));
		assertThat(refused("\"x\"")).extracting(FieldProblem::field).containsExactly("body");
		assertThatThrownBy(() -> CitizenMergePatch.apply(CURRENT, null, JSON)).isInstanceOf(InvalidCitizenForm.class);
	}

	private static CitizenForm apply(String patch) {
		return CitizenMergePatch.apply(CURRENT, JSON.readTree(patch), JSON);
	}

	private static List<FieldProblem> refused(String patch) {
		JsonNode node = JSON.readTree(patch);
		try {
			CitizenMergePatch.apply(CURRENT, node, JSON);
		}
		catch (InvalidCitizenForm ex) {
			return ex.problems();
		}
		throw new AssertionError("expected the patch to be refused");
	}

}
