package vn.onestop.intake.queue;

import java.util.Set;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.test.TestTokens;

/** Bodies and tokens of the queue's API tests. */
public final class QueueRequests {

	public static final String CENTER = "Trung tâm Phục vụ hành chính công phường Thử Nghiệm";

	private QueueRequests() {
	}

	/**
	 * Two fields: HO_TICH (prefix A, the given cap, all of the ward's sessions, 10 minutes expected by default) and
	 * DAT_DAI (prefix DD, 50 a day, mornings 07:30-11:00 only, 20 minutes); counter 1 serves both, counter 2 DAT_DAI.
	 */
	public static String setup(int hoTichCap) {
		return """
				{"centerName":"%s",
				 "fields":[{"code":"HO_TICH","name":"Hộ tịch","prefix":"A","dailyCap":%d},
				           {"code":"DAT_DAI","name":"Đất đai","prefix":"DD","dailyCap":50,"sessions":["07:30-11:00"],
				            "expectedServiceMinutes":20}],
				 "counters":[{"number":1,"fields":["HO_TICH","DAT_DAI"]},{"number":2,"fields":["DAT_DAI"]}]}"""
			.formatted(CENTER, hoTichCap);
	}

	public static String take(String field) {
		return "{\"field\":\"" + field + "\"}";
	}

	/** The ward's ticket machine. */
	public static String kiosk(String ward) {
		return TestTokens.of(new Caller("kiosk-" + ward, Set.of(Role.KIOSK), Set.of(ward), null));
	}

}
