package vn.onestop.notification.sms;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsPreviewTest {

	static final String NOTICE = "Hồ sơ số H56.22-250701-0001 của ông Nguyễn Văn Đũng đã được tiếp nhận tại "
			+ "Bộ phận một cửa UBND phường Hạc Thành. Ngày hẹn trả kết quả: 15/07/2025. "
			+ "Vui lòng mang theo căn cước khi đến nhận.";

	static final String FOLDED_NOTICE = "Ho so so H56.22-250701-0001 cua ong Nguyen Van Dung da duoc tiep nhan tai "
			+ "Bo phan mot cua UBND phuong Hac Thanh. Ngay hen tra ket qua: 15/07/2025. "
			+ "Vui long mang theo can cuoc khi den nhan.";

	@Test
	void comparesTheAccentedNoticeWithItsFoldedForm() {
		SmsPreview preview = SmsPreview.of(NOTICE);
		assertThat(preview.original())
			.isEqualTo(new SmsPreview.EncodedText(NOTICE, SmsEncoding.UCS_2, 188, 3));
		assertThat(preview.folded())
			.isEqualTo(new SmsPreview.EncodedText(FOLDED_NOTICE, SmsEncoding.GSM_7, 188, 2));
	}

	@Test
	void normalisesTheOriginalToNfcBeforeCounting() {
		SmsPreview preview = SmsPreview.of(Normalizer.normalize(NOTICE, Normalizer.Form.NFD));
		assertThat(preview.original().text()).isEqualTo(NOTICE);
		assertThat(preview.original().units()).isEqualTo(188);
		assertThat(preview.folded().text()).isEqualTo(FOLDED_NOTICE);
	}

}
