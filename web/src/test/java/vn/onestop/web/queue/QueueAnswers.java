package vn.onestop.web.queue;

import java.util.stream.IntStream;

/** intake's queue answers as QUEUE16.md shapes them, for ward 20242 with two fields and three counters. */
final class QueueAnswers {

	static final String SETUP = """
			{"ward":"20242","centerName":"Trung tâm phục vụ hành chính công phường Hải Châu",
			 "fields":[{"code":"HO_TICH","name":"Hộ tịch","prefix":"A","dailyCap":200,"sessions":["07:30-11:30","13:30-17:00"],"expectedServiceMinutes":10},
			           {"code":"DAT_DAI","name":"Đất đai","prefix":"B","dailyCap":100,"sessions":["07:30-11:30"],"expectedServiceMinutes":20}],
			 "counters":[{"number":1,"fields":["HO_TICH"]},{"number":2,"fields":["DAT_DAI"]},{"number":3,"fields":["HO_TICH","DAT_DAI"]}],
			 "priorityGroups":["ELDERLY","DISABILITY","PREGNANT","SMALL_CHILDREN","MERIT"],"ordering":"BALANCED",
			 "priorityHeadStartMinutes":30,"recallLimit":2,"notifyAhead":5,"version":3,"updatedAt":"2026-12-07T09:00:00Z"}""";

	static final String SLIP = """
			{"number":"A012","ward":"20242","centerName":"Trung tâm phục vụ hành chính công phường Hải Châu","field":"HO_TICH",
			 "fieldName":"Hộ tịch","priority":"ELDERLY","peopleAhead":3,"estimatedWaitMinutes":25,
			 "takenAt":"2026-12-08T01:02:03Z","day":"2026-12-08","status":"WAITING"}""";

	static final String BOARD = """
			{"ward":"20242","centerName":"Phường Hải Châu","day":"2026-12-08","updatedAt":"2026-12-08T01:15:00Z",
			 "lastCalls":[{"number":"A012","counter":3,"at":"2026-12-08T01:14:00Z"},{"number":"B004","counter":2,"at":"2026-12-08T01:10:00Z"},
			              {"number":"A011","counter":1,"at":"2026-12-08T01:05:00Z"}],
			 "waiting":[{"field":"HO_TICH","fieldName":"Hộ tịch","prefix":"A","waiting":4},{"field":"DAT_DAI","fieldName":"Đất đai","prefix":"B","waiting":0}]}""";

	static final String STATISTICS = """
			{"day":"2026-12-08",
			 "fields":[{"field":"HO_TICH","fieldName":"Hộ tịch","issued":40,"served":30,"noShow":2,"notServed":0,"waiting":8,
			            "waitMinutesP50":12.5,"waitMinutesP90":31.0,"serviceMinutesP50":8.0,"serviceMinutesP90":15.5},
			           {"field":"DAT_DAI","fieldName":"Đất đai","issued":10,"served":6,"noShow":1,"notServed":3,"waiting":0,
			            "waitMinutesP50":null,"waitMinutesP90":null,"serviceMinutesP50":20.0,"serviceMinutesP90":42.0}],
			 "counters":[{"counter":1,"served":20,"serviceMinutesP50":7.0,"serviceMinutesP90":14.0},
			             {"counter":2,"served":16,"serviceMinutesP50":18.5,"serviceMinutesP90":40.0}],
			 "total":{"issued":50,"served":36,"noShow":3,"notServed":3,"waiting":8,"waitMinutesP50":14.0,"waitMinutesP90":33.5,
			          "serviceMinutesP50":9.0,"serviceMinutesP90":30.0},
			 "noShowRate":0.06}""";

	private QueueAnswers() {
	}

	static String problem(int status, String kind, String detail) {
		return """
				{"type":"urn:onestop:problem:%s","status":%d,"detail":"%s"}""".formatted(kind, status, detail);
	}

	static String ticket(String number, String field, String fieldName, String status, Integer counter,
			String allowedActions) {
		return """
				{"number":"%s","field":"%s","fieldName":"%s","priority":null,"status":"%s","counter":%s,"recalls":0,
				 "takenAt":"2026-12-08T00:45:00Z","calledAt":%s,"startedAt":null,"finishedAt":null,"peopleAhead":0,
				 "outcome":null,"allowedActions":[%s],"viaSms":false}""".formatted(number, field, fieldName, status, counter,
				counter == null ? "null" : "\"2026-12-08T01:14:00Z\"", allowedActions);
	}

	static String tickets(String... tickets) {
		return "{\"day\":\"2026-12-08\",\"tickets\":[" + String.join(",", tickets) + "]}";
	}

	/** A busy morning's answer: one ticket served at counter 3 and {@code waiting} more, long field names. */
	static String manyTickets(int waiting) {
		return tickets(IntStream.rangeClosed(0, waiting).mapToObj(i -> i == 0
				? ticket("A001", "HO_TICH", "Hộ tịch", "SERVING", 3, "\"transfer\",\"finish\"")
				: ticket("A%03d".formatted(i + 1), "HO_TICH", "Hộ tịch", "WAITING", null, "\"transfer\",\"cancel\""))
			.toArray(String[]::new));
	}

}
