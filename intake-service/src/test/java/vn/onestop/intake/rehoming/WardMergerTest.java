package vn.onestop.intake.rehoming;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class WardMergerTest {

	@Test
	void readsTheSuccessorTheDateAndWhichWardsWereMergedWholeOrInPart() {
		WardMerger merger = WardMerger.from(json("""
				{"successor":{"code":"20242","name":"Phường Hải Châu","province":"48"},"effectiveOn":"2027-01-01",
				 "predecessors":[{"code":"20243","partial":false},{"code":"20244"},{"code":"20245","partial":true}]}"""))
			.orElseThrow();

		assertThat(merger.successor()).isEqualTo("20242");
		assertThat(merger.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(merger.mergedWhole()).containsExactly("20243", "20244");
		assertThat(merger.mergedInPart()).containsExactly("20245");
	}

	@Test
	void neverMovesDossiersOfTheSuccessorOntoItselfNorOfUnreadableCodes() {
		WardMerger merger = WardMerger.from(json("""
				{"successor":{"code":"20242"},"effectiveOn":"2027-01-01",
				 "predecessors":[{"code":"20242"},{"code":"2024"},{"code":"x0243"},{"code":null},{"code":"20246"}]}"""))
			.orElseThrow();

		assertThat(merger.mergedWhole()).containsExactly("20246");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"effectiveOn\":\"2027-01-01\",\"predecessors\":[]}",
			"{\"successor\":{\"code\":\"2024\"},\"effectiveOn\":\"2027-01-01\"}",
			"{\"successor\":{\"code\":\"20242\"},\"effectiveOn\":\"01/01/2027\"}",
			"{\"successor\":{\"code\":\"20242\"}}", "[]" })
	void refusesEventsThatDoNotDescribeAMerger(String payload) {
		assertThat(WardMerger.from(json(payload))).isEmpty();
	}

	private static tools.jackson.databind.JsonNode json(String text) {
		return new JsonMapper().readTree(text);
	}

}
