package vn.onestop.web.queue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The queue's largest answers for {@code PageWeightTest}: a centre of 30 fields with long names and 99 counters, an
 * opening rush of 300 tickets waiting, a board of 10 calls and 30 fields.
 */
public final class QueueLargestAnswers {

	private static final String FIELD_NAME = "Chứng thực bản sao từ bản chính, chữ ký, hợp đồng và giao dịch";

	private QueueLargestAnswers() {
	}

	private static String prefix(int i) {
		return String.valueOf((char) ('A' + i % 26)) + (i >= 26 ? "Z" : "");
	}

	public static String setup() {
		String fields = IntStream.range(0, 30).mapToObj(i -> """
				{"code":"F_%d","name":"%s %d","prefix":"%s","dailyCap":999,"sessions":["07:30-11:30","13:30-17:00"],"expectedServiceMinutes":10}"""
			.formatted(i, FIELD_NAME, i, prefix(i))).collect(Collectors.joining(","));
		String counters = IntStream.rangeClosed(1, 99).mapToObj(n -> "{\"number\":%d,\"fields\":[%s]}".formatted(n,
				IntStream.range(0, 30).mapToObj(i -> "\"F_" + i + "\"").collect(Collectors.joining(","))))
			.collect(Collectors.joining(","));
		return """
				{"ward":"20242","centerName":"Trung tâm phục vụ hành chính công phường Hải Châu, thành phố Đà Nẵng","fields":[%s],
				 "counters":[%s],"priorityGroups":["ELDERLY","DISABILITY","PREGNANT","SMALL_CHILDREN","MERIT"],"ordering":"BALANCED",
				 "priorityHeadStartMinutes":30,"recallLimit":2,"notifyAhead":5,"version":1,"updatedAt":"2026-12-07T09:00:00Z"}"""
			.formatted(fields, counters);
	}

	public static String tickets() {
		return QueueAnswers.manyTickets(300).replace("\"HO_TICH\"", "\"F_0\"").replace("\"Hộ tịch\"", "\"" + FIELD_NAME + "\"");
	}

	public static String board() {
		String calls = IntStream.range(0, 10).mapToObj(i -> "{\"number\":\"%s%03d\",\"counter\":%d,\"at\":\"2026-12-08T01:%02d:00Z\"}"
			.formatted(prefix(i), 100 + i, 90 + i, 50 - i)).collect(Collectors.joining(","));
		String waiting = IntStream.range(0, 30).mapToObj(i -> "{\"field\":\"F_%d\",\"fieldName\":\"%s %d\",\"prefix\":\"%s\",\"waiting\":%d}"
			.formatted(i, FIELD_NAME, i, prefix(i), 100 + i)).collect(Collectors.joining(","));
		return """
				{"ward":"20242","centerName":"Trung tâm phục vụ hành chính công phường Hải Châu, thành phố Đà Nẵng","day":"2026-12-08",
				 "updatedAt":"2026-12-08T01:51:00Z","lastCalls":[%s],"waiting":[%s]}""".formatted(calls, waiting);
	}

	public static String statistics() {
		String row = "\"issued\":999,\"served\":900,\"noShow\":50,\"notServed\":40,\"waiting\":9,\"waitMinutesP50\":123.5,"
				+ "\"waitMinutesP90\":234.5,\"serviceMinutesP50\":12.5,\"serviceMinutesP90\":45.5";
		String fields = IntStream.range(0, 30).mapToObj(i -> "{\"field\":\"F_%d\",\"fieldName\":\"%s %d\",%s}"
			.formatted(i, FIELD_NAME, i, row)).collect(Collectors.joining(","));
		String counters = IntStream.rangeClosed(1, 99).mapToObj(n -> "{\"counter\":%d,\"served\":300,\"serviceMinutesP50\":12.5,\"serviceMinutesP90\":45.5}"
			.formatted(n)).collect(Collectors.joining(","));
		return "{\"day\":\"2026-12-08\",\"fields\":[%s],\"counters\":[%s],\"total\":{%s},\"noShowRate\":0.0512}"
			.formatted(fields, counters, row);
	}

	public static String slip() {
		return QueueAnswers.SLIP;
	}

}
