package vn.onestop.citizen.ward;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MergerMapParserTest {

	private static final String HAI_CHAU = "    ('xa1896', 'Phường Hải Châu', 'ti21', 'diaphanhanhchinhcapxa_2025.1908', "
			+ "'Phường Thanh Bình, Phường Thuận Phước, Phường Thạch Thang, Phường Phước Ninh, Phường Hải Châu'),";

	@Test
	void readsProvinceAndUnitRowsAndSkipsTheRest() {
		List<MergerMapRow> rows = MergerMapParser.parse(List.of("BEGIN;", "INSERT INTO bando_co_dvch (ma, ten, magoc, malk, truocsapnhap)",
				"VALUES", "    ('ti21', 'Thành Phố Đà Nẵng', NULL, 'diaphanhanhchinhcaptinh_sn.132', 'thành phố Đà Nẵng và tỉnh Quảng Nam'),",
				HAI_CHAU, "COMMIT;"));
		assertThat(rows).containsExactly(
				new MergerMapRow("ti21", "Thành Phố Đà Nẵng", null, "thành phố Đà Nẵng và tỉnh Quảng Nam"),
				new MergerMapRow("xa1896", "Phường Hải Châu", "ti21",
						"Phường Thanh Bình, Phường Thuận Phước, Phường Thạch Thang, Phường Phước Ninh, Phường Hải Châu"));
		assertThat(rows.get(0).isProvince()).isTrue();
		assertThat(rows.get(1).isProvince()).isFalse();
	}

	@Test
	void lastRowEndsWithSemicolonAndQuotesAreUnescaped() {
		assertThat(MergerMapParser.parseRow("    ('xa1', 'Xã Ea H''leo', 'ti25', 'x', 'giữ nguyên');"))
			.contains(new MergerMapRow("xa1", "Xã Ea H'leo", "ti25", "giữ nguyên"));
	}

	@Test
	void unreadableValueRowFailsLoudly() {
		assertThatIllegalArgumentException().isThrownBy(() -> MergerMapParser.parse(List.of("    ('xa1', broken")));
	}

	@Test
	void splitsOnlyAtCommasOutsideParentheses() {
		assertThat(MergerMapParser.splitList("Phường Ngọc Lâm, Phường Bồ Đề (phần còn lại sau khi sáp nhập vào phường Hồng Hà, "
				+ "phường Long Biên), Phường Long Biên")).containsExactly("Phường Ngọc Lâm",
						"Phường Bồ Đề (phần còn lại sau khi sáp nhập vào phường Hồng Hà, phường Long Biên)", "Phường Long Biên");
	}

	@Test
	void haiChauListHasFiveNames() {
		MergerMapRow row = MergerMapParser.parseRow(HAI_CHAU).orElseThrow();
		assertThat(PredecessorName.parseList(row.formedFrom())).extracting(PredecessorName::name)
			.containsExactly("Phường Thanh Bình", "Phường Thuận Phước", "Phường Thạch Thang", "Phường Phước Ninh", "Phường Hải Châu");
	}

	@Test
	void districtHintIsSeparatedFromTheName() {
		assertThat(PredecessorName.parse("Phường 8 (Quận 11)"))
			.isEqualTo(new PredecessorName("Phường 8 (Quận 11)", "Phường 8", false, "Quận 11", null));
		assertThat(PredecessorName.parse("Phường Hùng Vương (thị xã Phú Thọ)").districtHint()).isEqualTo("thị xã Phú Thọ");
		assertThat(PredecessorName.parse("Xã Đăk Long (thuộc huyện Đăk Hà)").districtHint()).isEqualTo("huyện Đăk Hà");
	}

	@Test
	void provinceHintFollowsTheDistrict() {
		PredecessorName name = PredecessorName.parse("Thị trấn Châu Thành (huyện Châu Thành, tỉnh Trà Vinh)");
		assertThat(name.name()).isEqualTo("Thị trấn Châu Thành");
		assertThat(name.districtHint()).isEqualTo("huyện Châu Thành");
		assertThat(name.provinceHint()).isEqualTo("tỉnh Trà Vinh");
	}

	@Test
	void partialMarkersAreRecognised() {
		assertThat(PredecessorName.parse("Xã Trần Hợi (một phần)").partial()).isTrue();
		PredecessorName remainder = PredecessorName.parse("Phường Cửa Đông (phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm)");
		assertThat(remainder.partial()).isTrue();
		assertThat(remainder.name()).isEqualTo("Phường Cửa Đông");
		assertThat(remainder.districtHint()).isNull();
		PredecessorName both = PredecessorName.parse("Xã Ea Bar (huyện Sông Hinh) (phần còn lại sau khi sáp nhập vào xã Ea Ly)");
		assertThat(both.partial()).isTrue();
		assertThat(both.districtHint()).isEqualTo("huyện Sông Hinh");
		assertThat(PredecessorName.parse("Phường Quán Thánh").partial()).isFalse();
	}

	@Test
	void otherRemarksAreNeitherHintsNorPartOfTheName() {
		PredecessorName name = PredecessorName.parse("Xã Khánh Bình Tây (bao gồm Hòn Đá Bạc)");
		assertThat(name.name()).isEqualTo("Xã Khánh Bình Tây");
		assertThat(name.districtHint()).isNull();
		assertThat(name.partial()).isFalse();
	}

	@Test
	void keptUnchangedHasNoNameOfItsOwn() {
		assertThat(PredecessorName.parse("giữ nguyên").keptUnchanged()).isTrue();
		assertThat(PredecessorName.parse("Xã Giữ Nguyên Thượng").keptUnchanged()).isFalse();
	}

}
