package vn.onestop.intake.dossier;

import java.util.Arrays;

import vn.onestop.intake.procedure.Channel;

/** The ten status codes the National Public Service Portal knows. */
public enum DossierStatus {

	SUBMITTED_ONLINE(1, "Mới đăng ký"),
	RECEIVED(2, "Được tiếp nhận"),
	REFUSED(3, "Không được tiếp nhận"),
	IN_PROCESSING(4, "Đang xử lý"),
	SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
	FEES_DUE(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
	WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
	STOPPED(8, "Dừng xử lý"),
	RESULT_READY(9, "Đã xử lý xong"),
	RETURNED(10, "Đã trả kết quả");

	private final int code;

	private final String label;

	DossierStatus(int code, String label) {
		this.code = code;
		this.label = label;
	}

	public int code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static DossierStatus ofCode(int code) {
		return Arrays.stream(values())
			.filter(status -> status.code == code)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No dossier status has code " + code));
	}

	/** A counter officer receives a checked dossier; online and postal ones wait for acceptance. */
	public static DossierStatus initialFor(Channel channel) {
		return switch (channel) {
			case IN_PERSON -> RECEIVED;
			case ONLINE, POSTAL -> SUBMITTED_ONLINE;
		};
	}

}
