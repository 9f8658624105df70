package vn.onestop.citizen.records;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NearWordsTest {

	@ParameterizedTest
	@CsvSource({ "dugn, dung", "dungg, dung", "dng, dung", "dunh, dung", "vna, van", "avn, van", "nguein, nguien",
			"ngien, nguien", "nnguien, nguien", "thui, thi", "hkoa, khoa", "hkoa, hoa" })
	void oneSlipAwayIsNear(String typed, String meant) {
		assertThat(NearWords.of(typed)).contains(meant);
	}

	@ParameterizedTest
	@CsvSource({ "dung, dugnn", "dung, ungd", "van, anh", "nguien, ngen", "thi, thanh" })
	void twoSlipsAwayIsNot(String typed, String other) {
		assertThat(NearWords.of(typed)).doesNotContain(other);
	}

	@Test
	void neitherTheWordItselfNorNothing() {
		assertThat(NearWords.of("an")).doesNotContain("an", "").contains("a", "n", "na", "ban", "anh", "in");
		// 25 replacements, 26 letters before and 26 after, "aa" once
		assertThat(NearWords.of("a")).doesNotContain("a", "").contains("b", "ab", "ba").hasSize(25 + 26 + 26 - 1);
	}

	@Test
	void everySpellingOnce() {
		List<String> near = NearWords.of("dung");
		assertThat(near).doesNotHaveDuplicates().allMatch(w -> w.matches("[a-z]+"));
		// 4 deletions, 3 swaps, 4 x 25 replacements, 5 x 26 insertions, less the doublings counted twice
		assertThat(near).hasSizeBetween(200, 4 + 3 + 100 + 130);
	}

}
