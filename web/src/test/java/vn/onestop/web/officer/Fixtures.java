package vn.onestop.web.officer;

/** JSON answers of intake and citizen-service as the officer's pages read them. */
final class Fixtures {

	static final String CODE = "20242-261207-0001";

	private Fixtures() {
	}

	static String dossier(int status, String label, String allowedActions, Long minutesLeft, boolean overdue) {
		return """
				{"code":"%s","wardCode":"20242","agencyCode":"20242","procedure":{"code":"HT-XAC-NHAN-HON-NHAN","name":"Cấp Giấy xác nhận tình trạng hôn nhân","version":1},
				 "channel":"IN_PERSON","status":{"code":%d,"name":"X","label":"%s"},
				 "receivedAt":"2026-12-07T09:30:00+07:00","appointmentAt":"2026-12-10T09:30:00+07:00","sets":1,
				 "submitter":{"fullName":"Nguyễn Văn An","idNumber":"038087042028","phone":"0912345678","address":{"line":"12 Lê Lợi","wardCode":"20242"}},
				 "owner":{"fullName":"Nguyễn Văn An","address":{"line":"12 Lê Lợi"}},
				 "nearDue":false,"overdue":%s,"workingMinutesLeft":%s,"allowedActions":%s}
				""".formatted(CODE, status, label, overdue, minutesLeft == null ? "null" : minutesLeft, allowedActions);
	}

	static String receipt() {
		return """
				{"form":"01","center":{"name":"Trung tâm Phục vụ hành chính công phường Hải Châu","wardCode":"20242","agencyCode":"20242"},
				 "dossierCode":"%s","submitter":{"fullName":"Nguyễn Văn An","idNumber":"038087042028","address":"12 Lê Lợi","phone":"0912345678","email":"an@example.vn"},
				 "procedure":{"code":"HT-XAC-NHAN-HON-NHAN","name":"Cấp Giấy xác nhận tình trạng hôn nhân","version":1},
				 "owner":{"fullName":"Nguyễn Văn An","address":"12 Lê Lợi"},"fee":{"kind":"FIXED","amountVnd":15000,"note":null},
				 "documents":[{"number":1,"name":"Tờ khai cấp Giấy xác nhận tình trạng hôn nhân","originals":1,"certifiedCopies":0,"copies":0}],
				 "sets":1,"legalTime":{"amount":3,"unit":"WORKING_DAYS","sameDayCutoff":null,"text":"3 ngày làm việc"},
				 "receivedAt":"2026-12-07T02:30:00Z","receivedAtText":"09 giờ 30 phút, ngày 07/12/2026",
				 "appointmentAt":"2026-12-10T09:30:00+07:00","appointmentText":"09 giờ 30 phút, ngày 10/12/2026",
				 "returnPlace":"Bộ phận tiếp nhận và trả kết quả","lookupNote":"Tra cứu tại cổng dịch vụ công.","receivedBy":"demo-officer"}
				""".formatted(CODE);
	}

	static String history(String... more) {
		StringBuilder entries = new StringBuilder("""
				[{"action":"receive","from":null,"to":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},
				  "at":"2026-12-07T09:30:00+07:00","actor":"demo-officer","reason":null,"details":{}}""");
		for (String entry : more) {
			entries.append(',').append(entry);
		}
		return entries.append(']').toString();
	}

	static String apology() {
		return """
				{"action":"apologize","from":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},"to":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},
				 "at":"2026-12-09T03:00:00Z","actor":"demo-officer","reason":"Cần xác minh tại nơi cư trú",
				 "details":{"apology":1,"previousAppointmentAt":"2026-12-10T09:30:00+07:00","newAppointmentAt":"2026-12-14T15:00:00+07:00"}}""";
	}

}
