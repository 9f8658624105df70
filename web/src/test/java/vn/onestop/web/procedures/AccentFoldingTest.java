package vn.onestop.web.procedures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccentFoldingTest {

	@ParameterizedTest
	@CsvSource({ "Đăng ký khai sinh, dang ky khai sinh", "ĐĂNG KÝ KẾT HÔN, dang ky ket hon",
			"Chứng thực  bản sao, chung thuc ban sao", "Xác nhận tình trạng hôn nhân, xac nhan tinh trang hon nhan",
			"Ủy quyền, uy quyen", "Hộ tịch, ho tich" })
	void foldsMarksCaseAndSpaces(String text, String folded) {
		assertThat(AccentFolding.fold(text)).isEqualTo(folded);
	}

	@ParameterizedTest
	@CsvSource({ "khai sinh, Đăng ký khai sinh, true", "KHAI SINH, Đăng ký khai sinh, true", "đăng ký, Đăng ký khai sinh, true",
			"ket hon, Đăng ký khai sinh, false", "'', Đăng ký khai sinh, true",
			"xac nhan hon nhan, Cấp Giấy xác nhận tình trạng hôn nhân, true", "sinh khai, Đăng ký khai sinh, true",
			"khai tu, Đăng ký khai sinh, false" })
	void matchesAQueryTypedWithOrWithoutAccents(String query, String text, boolean matches) {
		assertThat(AccentFolding.matches(query, text)).isEqualTo(matches);
	}

}
