package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.intake.dossier.DossierAction.*;
import static vn.onestop.intake.dossier.DossierStatus.*;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.onestop.intake.dossier.DossierLifecycle.Moved;
import vn.onestop.intake.dossier.DossierLifecycle.Refused;
import vn.onestop.intake.dossier.DossierLifecycle.Situation;
import vn.onestop.intake.dossier.DossierLifecycle.Why;

class DossierLifecycleTest {

	private static DossierLifecycle.Outcome decide(DossierStatus status, DossierAction action) {
		return DossierLifecycle.decide(new Situation(status, 0, null), action, "lý do", false);
	}

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@CsvSource({ "SUBMITTED_ONLINE, ACCEPT, RECEIVED", "SUBMITTED_ONLINE, REFUSE, REFUSED",
			"SUBMITTED_ONLINE, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED", "SUBMITTED_ONLINE, WITHDRAW, WITHDRAWN",
			"RECEIVED, TRANSFER, IN_PROCESSING", "RECEIVED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED",
			"RECEIVED, REQUEST_FEES, FEES_DUE", "RECEIVED, WITHDRAW, WITHDRAWN", "RECEIVED, STOP, STOPPED",
			"IN_PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED", "IN_PROCESSING, REQUEST_FEES, FEES_DUE",
			"IN_PROCESSING, MARK_RESULT_READY, RESULT_READY", "IN_PROCESSING, WITHDRAW, WITHDRAWN",
			"IN_PROCESSING, STOP, STOPPED", "SUPPLEMENT_REQUESTED, RESUME, IN_PROCESSING",
			"SUPPLEMENT_REQUESTED, REFUSE, REFUSED", "SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN",
			"SUPPLEMENT_REQUESTED, STOP, STOPPED", "FEES_DUE, CONFIRM_FEES_PAID, IN_PROCESSING",
			"FEES_DUE, WITHDRAW, WITHDRAWN", "FEES_DUE, STOP, STOPPED", "RESULT_READY, RETURN_RESULT, RETURNED" })
	void legalMoves(DossierStatus from, DossierAction action, DossierStatus to) {
		assertThat(decide(from, action)).isEqualTo(new Moved(from, to, action));
	}

	@Test
	void everyOtherPairIsRefusedNamingTheAllowedActions() {
		int legal = 0;
		for (DossierStatus status : DossierStatus.values()) {
			for (DossierAction action : DossierAction.values()) {
				DossierLifecycle.Outcome outcome = decide(status, action);
				if (outcome instanceof Moved) {
					legal++;
				}
				else {
					assertThat(outcome).isEqualTo(new Refused(Why.NOT_ALLOWED_NOW, DossierLifecycle.allowedFrom(status)));
					assertThat(DossierLifecycle.allowedFrom(status)).doesNotContain(action);
				}
			}
		}
		assertThat(legal).isEqualTo(22);
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class, names = { "REFUSED", "WITHDRAWN", "STOPPED", "RETURNED" })
	void finalStatusesAllowNothing(DossierStatus status) {
		assertThat(DossierLifecycle.allowedFrom(status)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DossierAction.class, names = { "REFUSE", "REQUEST_SUPPLEMENT", "REQUEST_FEES", "WITHDRAW", "STOP" })
	void someActionsNeedAReason(DossierAction action) {
		DossierStatus from = action == REQUEST_FEES ? RECEIVED : IN_PROCESSING;
		if (action == REFUSE) {
			from = SUBMITTED_ONLINE;
		}
		for (String reason : new String[] { null, "", "  " }) {
			assertThat(DossierLifecycle.decide(new Situation(from, 0, null), action, reason, false))
				.isInstanceOf(Refused.class)
				.extracting(outcome -> ((Refused) outcome).why()).isEqualTo(Why.REASON_REQUIRED);
		}
	}

	@Test
	void aSecondSupplementRequestNeedsALeader() {
		Situation again = new Situation(IN_PROCESSING, 1, null);
		assertThat(DossierLifecycle.decide(again, REQUEST_SUPPLEMENT, "thiếu giấy tờ", false))
			.isEqualTo(new Refused(Why.LEADER_REQUIRED, DossierLifecycle.allowedFrom(IN_PROCESSING)));
		assertThat(DossierLifecycle.decide(again, REQUEST_SUPPLEMENT, "thiếu giấy tờ", true))
			.isEqualTo(new Moved(IN_PROCESSING, SUPPLEMENT_REQUESTED, REQUEST_SUPPLEMENT));
	}

	@Test
	void resumingReturnsToWhereTheSupplementWasRequested() {
		assertThat(DossierLifecycle.decide(new Situation(SUPPLEMENT_REQUESTED, 1, RECEIVED), RESUME, null, false))
			.isEqualTo(new Moved(SUPPLEMENT_REQUESTED, RECEIVED, RESUME));
		assertThat(DossierLifecycle.decide(new Situation(SUPPLEMENT_REQUESTED, 1, SUBMITTED_ONLINE), RESUME, null, false))
			.isEqualTo(new Moved(SUPPLEMENT_REQUESTED, RECEIVED, RESUME));
		assertThat(DossierLifecycle.decide(new Situation(SUPPLEMENT_REQUESTED, 1, IN_PROCESSING), RESUME, null, false))
			.isEqualTo(new Moved(SUPPLEMENT_REQUESTED, IN_PROCESSING, RESUME));
	}

	@Test
	void theAllowedActionsOfAReceivedDossier() {
		assertThat(DossierLifecycle.allowedFrom(RECEIVED))
			.isEqualTo(EnumSet.of(TRANSFER, REQUEST_SUPPLEMENT, REQUEST_FEES, WITHDRAW, STOP));
	}

}
