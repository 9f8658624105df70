package vn.onestop.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.onestop.web.config.ApiText;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTextTest extends PageTest {

	@Autowired
	private ApiText text;

	@Test
	void knownApiMessagesAreShownInVietnameseAndUnknownOnesAsTheApiWroteThem() {
		assertThat(this.text.of("must not be after to")).isEqualTo("Ngày bắt đầu không được sau ngày kết thúc.");
		assertThat(this.text.of("must be VERY_SATISFIED, SATISFIED or NOT_SATISFIED; must not be blank"))
			.isEqualTo("Vui lòng chọn một mức độ hài lòng. Không được để trống.");
		assertThat(this.text.of("must be a brand new rule")).isEqualTo("must be a brand new rule");
		assertThat(this.text.of(null)).isEmpty();
	}

}
