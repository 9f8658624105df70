package vn.onestop.citizen.records;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameSearchKeysTest {

	@ParameterizedTest
	@CsvSource({ "Lê Thị Hoà, le thi hoa", "Lê Thị Hòa, le thi hoa", "Phạm Thuỷ, pham thui", "Phạm Thủy, pham thui",
			"Hồ Sỹ Hùng, ho si hung", "Hồ Sĩ Hùng, ho si hung", "ĐẶNG VĂN ĐỨC, dang van duc", "Ngùỳễn Văn Đũng, nguien van dung",
			"Nguyễn Văn Dũng, nguien van dung", "H'Hen Niê, h hen nie" })
	void searchKeyFoldsCaseMarksDStrokeAndIY(String name, String key) {
		assertThat(NameSearchKeys.searchKey(name)).isEqualTo(key);
	}

	@Test
	void decomposedInputHasTheSameKeys() {
		String nfd = Normalizer.normalize("Nguyễn Thị Thuỷ", Normalizer.Form.NFD);
		assertThat(NameSearchKeys.searchKey(nfd)).isEqualTo(NameSearchKeys.searchKey("Nguyễn Thị Thuỷ"));
		assertThat(NameSearchKeys.markKey(nfd)).isEqualTo(NameSearchKeys.markKey("Nguyễn Thị Thuỷ"));
	}

	@ParameterizedTest
	@CsvSource({ "Nguyễn Văn Dũng, nguien4 nguien6 van8 dung4", "Nguyễn Văn Đũng, nguien4 nguien6 van8 dung4 dung9",
			"Ngùỳễn Văn Đũng, nguien2 nguien4 nguien6 van8 dung4 dung9", "Lê Thị Hoà, le6 thi5 hoa2",
			"Nguyen Van Dung, nguien van dung", "Trương Sỹ, truong7 si4" })
	void markKeyListsEachWordsMarksWhereverTheySat(String name, String key) {
		assertThat(NameSearchKeys.markKey(name)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "Lê Thị Hoà, Lê Thị Hòa", "Phạm Thuỷ, Phạm Thủy", "Hồ Sỹ, Hồ Sĩ", "Nguyễn Văn Dũng, NGUYỄN VĂN DŨNG" })
	void markKeyIgnoresTonePlacementIYAndCase(String one, String other) {
		assertThat(NameSearchKeys.markKey(one)).isEqualTo(NameSearchKeys.markKey(other));
	}

	@Test
	void scrambledMarksShareMoreWithTheRightNameThanWithItsNeighbours() {
		String query = NameSearchKeys.markKey("Ngùỳễn Văn Đũng");
		double right = trigramOverlap(query, NameSearchKeys.markKey("Nguyễn Văn Dũng"));
		assertThat(right).isGreaterThan(trigramOverlap(query, NameSearchKeys.markKey("Nguyễn Văn Dùng")))
			.isGreaterThan(trigramOverlap(query, NameSearchKeys.markKey("Nguyễn Văn Dung")))
			.isGreaterThan(trigramOverlap(query, NameSearchKeys.markKey("Nguyễn Vân Dũng")));
	}

	/** What pg_trgm's similarity() computes: shared over all distinct trigrams of the padded words. */
	private static double trigramOverlap(String a, String b) {
		Set<String> left = trigrams(a);
		Set<String> right = trigrams(b);
		Set<String> shared = new HashSet<>(left);
		shared.retainAll(right);
		Set<String> all = new HashSet<>(left);
		all.addAll(right);
		return (double) shared.size() / all.size();
	}

	private static Set<String> trigrams(String text) {
		Set<String> trigrams = new HashSet<>();
		for (String word : text.split(" ")) {
			String padded = "  " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				trigrams.add(padded.substring(i, i + 3));
			}
		}
		return trigrams;
	}

}
