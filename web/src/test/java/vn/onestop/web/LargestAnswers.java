package vn.onestop.web;

import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The API's answers at their largest in one page: as many rows as the pages ask for (50 dossiers, 100 procedures, 50
 * audit entries, 20 citizens), long Vietnamese names, procedures with 20 documents, a dossier with a long history.
 */
final class LargestAnswers {

	static final String CODE = "20242-261207-0001";

	static final String CITIZEN = "5b1f0a52-8f0e-4a8e-9a55-0c5f6f3b1a01";

	static final String NAME = "Nguyễn Thị Phương Thảo Nguyên";

	static final String PROCEDURE_NAME = "Cấp Giấy xác nhận tình trạng hôn nhân cho công dân Việt Nam cư trú trong nước";

	private LargestAnswers() {
	}

	static String join(int count, IntFunction<String> item) {
		return IntStream.range(0, count).mapToObj(item).collect(Collectors.joining(","));
	}

	static String documents(int count) {
		return join(count, i -> """
				{"position":%d,"key":"giay-to-%d","name":"Bản sao giấy tờ chứng minh nhân thân và nơi cư trú số %d của người yêu cầu",
				 "originals":1,"certifiedCopies":1,"copies":2,"mandatory":%s}""".formatted(i + 1, i, i, i % 2 == 0));
	}

	/** A procedure with 20 documents; in the catalogue 8 each (its 100 procedures at 20 each pass web's 256 KB buffer). */
	static String procedure(int i) {
		return procedure(i, 20);
	}

	static String procedure(int i, int documents) {
		return """
				{"code":"HT-THU-TUC-%03d","name":"%s (%d)","field":{"code":"HO_TICH","name":"Hộ tịch"},"version":3,
				 "effectiveFrom":"2025-07-01","processingTime":{"amount":5,"unit":"WORKING_DAYS","sameDayCutoff":null},
				 "fee":{"kind":"PER_ITEM","amountVnd":15000,"note":"15.000 đồng mỗi bản"},"channels":["IN_PERSON","ONLINE","POSTAL"],
				 "legalBasis":"Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP","requiredDocuments":[%s]}"""
			.formatted(i, PROCEDURE_NAME, i, documents(documents));
	}

	static String catalogue() {
		return "{\"items\":[" + join(100, i -> procedure(i, 8)) + "],\"page\":0,\"size\":100,\"totalItems\":100,\"totalPages\":1}";
	}

	static String inbox() {
		return "{\"items\":[" + join(50, i -> """
				{"code":"20242-2612%02d-%04d","wardCode":"20242","procedure":{"code":"HT-THU-TUC-%03d","name":"%s"},
				 "status":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},"appointmentAt":"2026-12-09T09:00:00+07:00",
				 "workingMinutesLeft":%d,"nearDue":%s,"overdue":%s,"submitterName":"%s"}"""
			.formatted(i % 28 + 1, i + 1, i, PROCEDURE_NAME, 480 - i * 30, i % 3 == 1, i % 3 == 2, NAME))
				+ "],\"page\":0,\"size\":50,\"totalItems\":1250,\"totalPages\":25}";
	}

	static String dossier() {
		return """
				{"code":"%s","wardCode":"20242","agencyCode":"20242","procedure":{"code":"HT-THU-TUC-001","name":"%s","version":3},
				 "channel":"IN_PERSON","status":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},
				 "receivedAt":"2026-12-07T09:30:00+07:00","appointmentAt":"2026-12-10T09:30:00+07:00","sets":2,
				 "submitter":{"fullName":"%s","idNumber":"038087042028","phone":"0912345678","address":{"line":"Số 12, kiệt 34, đường Lê Lợi, tổ 5","wardCode":"20242"}},
				 "owner":{"fullName":"%s","address":{"line":"Số 12, kiệt 34, đường Lê Lợi, tổ 5"}},"nearDue":true,"overdue":false,
				 "workingMinutesLeft":150,"allowedActions":["transfer","request-supplement","refuse","fees-due","fees-paid",
				 "result-ready","apologize","withdraw","stop"]}""".formatted(CODE, PROCEDURE_NAME, NAME, NAME);
	}

	static String receipt() {
		return """
				{"form":"01","center":{"name":"Trung tâm Phục vụ hành chính công phường Hải Châu","wardCode":"20242","agencyCode":"20242"},
				 "dossierCode":"%s","submitter":{"fullName":"%s","idNumber":"038087042028","address":"Số 12, kiệt 34, đường Lê Lợi, tổ 5",
				 "phone":"0912345678","email":"nguyen.thi.phuong.thao@example.vn"},
				 "procedure":{"code":"HT-THU-TUC-001","name":"%s","version":3},"owner":{"fullName":"%s","address":"Số 12, kiệt 34"},
				 "fee":{"kind":"PER_ITEM","amountVnd":15000,"note":"15.000 đồng mỗi bản"},
				 "documents":[%s],"sets":2,"legalTime":{"amount":5,"unit":"WORKING_DAYS","sameDayCutoff":null,"text":"5 ngày làm việc"},
				 "receivedAt":"2026-12-07T02:30:00Z","receivedAtText":"09 giờ 30 phút, ngày 07/12/2026",
				 "appointmentAt":"2026-12-10T09:30:00+07:00","appointmentText":"09 giờ 30 phút, ngày 10/12/2026",
				 "returnPlace":"Bộ phận tiếp nhận và trả kết quả, Trung tâm Phục vụ hành chính công phường Hải Châu",
				 "lookupNote":"Tra cứu tình trạng hồ sơ tại cổng dịch vụ công hoặc quét mã QR trên giấy này.","receivedBy":"demo-officer"}"""
			.formatted(CODE, NAME, PROCEDURE_NAME, NAME, join(20, i -> """
					{"number":%d,"name":"Bản sao giấy tờ chứng minh nhân thân và nơi cư trú số %d của người yêu cầu",
					 "originals":1,"certifiedCopies":1,"copies":2}""".formatted(i + 1, i)));
	}

	/** Forty steps: supplements, fees, transfers and apologies, the last one an apology (the letter's). */
	static String history() {
		return "[" + join(40, i -> """
				{"action":"%s","from":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},
				 "to":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},"at":"2026-12-0%dT0%d:00:00Z","actor":"demo-officer",
				 "reason":"Cần xác minh thêm thông tin tại nơi cư trú của người yêu cầu và cơ quan liên quan",
				 "details":{"apology":%d,"previousAppointmentAt":"2026-12-10T09:30:00+07:00","newAppointmentAt":"2026-12-14T15:00:00+07:00"}}"""
			.formatted(i == 39 || i % 4 == 0 ? "apologize" : "transfer", i % 9 + 1, i % 9, i + 1)) + "]";
	}

	static String statistics() {
		String indicators = """
				{"received":120,"online":40,"onTime":100,"late":20,"ratedNotSatisfied":3,"onTimePercent":83.3,
				 "onlinePercent":33.3,"satisfactionPercent":80.8}""";
		return """
				{"ward":"20242","field":null,"from":"2026-12-01","to":"2026-12-07","asOf":"2026-12-07T03:15:00Z",
				 "received":{"total":700,"inPerson":400,"online":200,"postal":100,"inPersonPercent":57.1,"onlinePercent":28.6,"postalPercent":14.3},
				 "returned":{"total":300,"early":100,"onTime":100,"late":100,"earlyPercent":33.3,"onTimePercent":33.3,"latePercent":33.3},
				 "inProgress":400,"nearDue":10,"overdue":20,"apologies":10,"supplementRequests":10,
				 "satisfaction":{"total":200,"verySatisfied":100,"satisfied":0,"dissatisfied":100,"verySatisfiedPercent":50.0,
				   "satisfiedPercent":0.0,"dissatisfiedPercent":50.0},
				 "decision766":{"total":%s,"byField":[%s]}}""".formatted(indicators, join(30,
						i -> "{\"code\":\"LINH_VUC_%d\",\"name\":\"Lĩnh vực đăng ký, quản lý cư trú và hộ tịch %d\",\"indicators\":%s}"
							.formatted(i, i, indicators)));
	}

	static String approvals() {
		return "[" + join(30, i -> """
				{"id":"3f1c2a52-8f0e-4a8e-9a55-0c5f6f3b1a%02d","dossierCode":"20242-261207-%04d","procedureName":"%s","wardCode":"20242",
				 "action":"%s","reason":"Chờ cơ quan khác trả lời kết quả xác minh","missingItems":["Bản sao giấy chứng sinh","Tờ khai có chữ ký"],
				 "newAppointmentAt":"2026-12-11T16:00:00+07:00","appointmentAt":"2026-12-09T10:00:00+07:00","requestedBy":"demo-officer",
				 "requestedAt":"2026-12-07T02:05:00Z","status":"PENDING"}"""
			.formatted(i, i, PROCEDURE_NAME, i % 2 == 0 ? "request-supplement" : "apologize")) + "]";
	}

	static String myDossiers() {
		return "[" + join(50, i -> """
				{"code":"20242-2612%02d-%04d","wardCode":"20242","procedureName":"%s","status":{"code":2,"name":"RECEIVED",
				 "label":"Được tiếp nhận"},"receivedAt":"2026-12-01T08:00:00+07:00","appointmentAt":"2026-12-04T10:00:00Z"}"""
			.formatted(i % 28 + 1, i, PROCEDURE_NAME)) + "]";
	}

	static String citizen() {
		return """
				{"id":"%s","fullName":"%s","idNumber":"038087042028","dateOfBirth":"1987-03-02","gender":"FEMALE",
				 "phone":"0912345678","email":"nguyen.thi.phuong.thao@example.vn","address":{"line":"Số 12, kiệt 34, đường Lê Lợi","wardCode":"20242"},
				 "preferences":{"channel":"SMS","consent":true,"consentAt":"2026-12-01T02:00:00Z"},"active":true,"version":40}"""
			.formatted(CITIZEN, NAME);
	}

	static String citizenHistory() {
		return "[" + join(40, i -> """
				{"version":%d,"action":"UPDATED","changedAt":"2026-12-05T08:00:00Z","changedBy":"demo-officer",
				 "changes":[{"field":"phone","oldValue":"09******78","newValue":"09******99"},
				  {"field":"dateOfBirth","oldValue":"1987-03-12","newValue":"1987-03-02"},
				  {"field":"preferences.channel","oldValue":"NOT_CHOSEN","newValue":"SMS"}]}""".formatted(i + 1)) + "]";
	}

	static String calendar() {
		return """
				{"year":2027,"provisional":false,"holidays":[%s],"makeupWorkdays":[%s]}""".formatted(
				join(25, i -> "{\"date\":\"2027-%02d-%02d\",\"name\":\"Nghỉ lễ Tết Nguyên đán và Quốc khánh %d\"}"
					.formatted(i % 12 + 1, i / 12 * 10 + 5, i)),
				join(5, i -> "{\"date\":\"2027-%02d-20\",\"name\":\"Làm bù cho ngày nghỉ lễ %d\"}".formatted(i + 1, i)));
	}

	static String template(int i) {
		return """
				{"id":"template-%d","eventType":"DossierReceived","channel":"SMS","procedureGroup":null,"kind":"NOTICE",
				 "description":"Hồ sơ đã được tiếp nhận, kèm ngày hẹn trả kết quả cho người nộp","version":3,"createdAt":"2026-12-01T02:30:00Z",
				 "subject":null,"body":"{{wardName}}: Hồ sơ {{dossierCode}} đã được tiếp nhận, hẹn trả {{appointmentAt}}.","maxSegments":2,
				 "worstCaseSegments":2,"placeholders":["wardName","dossierCode","appointmentAt"]}""".formatted(i);
	}

	static String audit() {
		return "{\"items\":[" + join(50, i -> """
				{"at":"2026-12-07T02:15:00Z","actor":"demo-admin","roles":["PLATFORM_ADMIN"],"action":"template.change",
				 "target":"dossier-received-sms-%d","wardCode":"20242","clientIp":"203.0.113.7","requestId":"r-%d",
				 "details":{"fromVersion":1,"toVersion":2,"reason":"Sửa nội dung tin nhắn cho ngắn gọn hơn"}}""".formatted(i, i))
				+ "],\"page\":0,\"size\":50,\"hasNext\":true}";
	}

}
