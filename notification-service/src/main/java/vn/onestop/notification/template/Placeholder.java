package vn.onestop.notification.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * The personal values a template may use, as {@code {{key}}}. Each declares the longest value it
 * accepts: saving an SMS template checks its segments against values of exactly that length.
 */
public enum Placeholder {

	DOSSIER_CODE("dossierCode", 30, "000.00.12.H29-250701-0001"),
	PROCEDURE_NAME("procedureName", 150, "Đăng ký khai sinh"),
	APPOINTMENT("appointment", 16, "16:30 08/07/2025"),
	WARD_NAME("wardName", 40, "Phường Đông Hòa"),
	MISSING_ITEMS("missingItems", 200, "Bản sao giấy chứng nhận kết hôn của cha mẹ"),
	APOLOGY_REASON("apologyReason", 200, "cần xác minh thông tin tại nơi cư trú trước đây"),
	NEW_DATE("newDate", 16, "16:30 15/07/2025"),
	CITIZEN_NAME("citizenName", 50, "Nguyễn Thị Thu Hương"),
	TICKET_NUMBER("ticketNumber", 6, "A012"),
	/** Where a queue ticket stands: "còn 3 người trước bạn", or "bạn là người tiếp theo". */
	TURN("turn", 24, "còn 3 người trước bạn");

	private final String key;

	private final int maxLength;

	private final String example;

	Placeholder(String key, int maxLength, String example) {
		this.key = key;
		this.maxLength = maxLength;
		this.example = example;
	}

	public String key() {
		return this.key;
	}

	public int maxLength() {
		return this.maxLength;
	}

	public String example() {
		return this.example;
	}

	/** The example repeated up to the maximum length: the worst case an SMS template must fit. */
	String longest() {
		return (this.example + " ").repeat(this.maxLength / this.example.length() + 1).substring(0, this.maxLength);
	}

	static Optional<Placeholder> byKey(String key) {
		return Arrays.stream(values()).filter(placeholder -> placeholder.key.equals(key)).findFirst();
	}

}
