package vn.onestop.intake.dossier;

/** JSON bodies of POST /dossiers for the tests. */
public final class Requests {

	public static final String ID_NUMBER = "038087042028";

	public static final String PHONE = "0912345678";

	private Requests() {
	}

	/** Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, one mandatory form. */
	public static String maritalStatus(String ward, String channel) {
		return body("HT-XAC-NHAN-HON-NHAN", ward, channel, ID_NUMBER,
				"[{\"key\":\"to-khai\",\"originals\":1}]");
	}

	public static String body(String procedure, String ward, String channel, String idNumber, String documents) {
		return """
				{"procedureCode":"%s","wardCode":"%s","channel":"%s",
				 "submitter":{"fullName":"Nguyễn Văn An","idNumber":"%s","dateOfBirth":"1987-03-02",
				   "phone":"%s","email":"an@example.vn","address":{"line":"12 Lê Lợi","wardCode":"%s"},
				   "notificationPreference":"SMS"},
				 "owner":{"fullName":"Trần Thị Bình","address":{"line":"12 Lê Lợi"}},
				 "documents":%s,"sets":1,"notes":"Nộp tại quầy số 3","receivedBy":"canbo.mot"}
				""".formatted(procedure, ward, channel, idNumber, PHONE, ward, documents);
	}

}
