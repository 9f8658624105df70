package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.onestop.intake.dossier.ApologyRules.Why;

class ApologyRulesTest {

	static final LocalDateTime DUE = LocalDateTime.of(2026, 10, 29, 9, 30);

	static final LocalDateTime LATER = LocalDateTime.of(2026, 11, 3, 9, 30);

	private static Optional<Why> check(DossierStatus status, int apologies, LocalDateTime now, String reason,
			LocalDateTime newAppointment, boolean leader) {
		return ApologyRules.check(status, apologies, DUE, now, reason, newAppointment, leader);
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class, names = { "SUBMITTED_ONLINE", "RECEIVED", "IN_PROCESSING", "FEES_DUE" })
	void aFirstApologyBeforeTheDueTimeIsAccepted(DossierStatus status) {
		assertThat(check(status, 0, DUE.minusMinutes(1), "cần xác minh", LATER, false)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DossierStatus.class, names = { "SUPPLEMENT_REQUESTED", "RESULT_READY", "RETURNED", "REFUSED",
			"WITHDRAWN", "STOPPED" })
	void onlyWhileTheClockRuns(DossierStatus status) {
		assertThat(check(status, 0, DUE.minusDays(1), "cần xác minh", LATER, false)).contains(Why.NOT_ALLOWED_NOW);
	}

	@Test
	void atOrAfterTheDueTimeItIsTooLate() {
		assertThat(check(DossierStatus.IN_PROCESSING, 0, DUE, "cần xác minh", LATER, false)).contains(Why.DUE_PASSED);
		assertThat(check(DossierStatus.IN_PROCESSING, 0, DUE.plusDays(2), "cần xác minh", LATER, true))
			.contains(Why.DUE_PASSED);
	}

	@Test
	void needsAReasonAndALaterAppointment() {
		LocalDateTime now = DUE.minusHours(3);
		assertThat(check(DossierStatus.IN_PROCESSING, 0, now, " ", LATER, false)).contains(Why.REASON_REQUIRED);
		assertThat(check(DossierStatus.IN_PROCESSING, 0, now, null, LATER, false)).contains(Why.REASON_REQUIRED);
		assertThat(check(DossierStatus.IN_PROCESSING, 0, now, "x", null, false)).contains(Why.NEW_APPOINTMENT_REQUIRED);
		assertThat(check(DossierStatus.IN_PROCESSING, 0, now, "x", DUE, false)).contains(Why.NEW_APPOINTMENT_NOT_LATER);
		assertThat(check(DossierStatus.IN_PROCESSING, 0, now, "x", DUE.minusDays(1), false))
			.contains(Why.NEW_APPOINTMENT_NOT_LATER);
	}

	@Test
	void onceUnlessALeaderApprovesAnother() {
		LocalDateTime now = DUE.minusHours(3);
		assertThat(check(DossierStatus.IN_PROCESSING, 1, now, "x", LATER, false)).contains(Why.LEADER_REQUIRED);
		assertThat(check(DossierStatus.IN_PROCESSING, 1, now, "x", LATER, true)).isEmpty();
		assertThat(check(DossierStatus.IN_PROCESSING, 2, now, "x", LATER, true)).isEmpty();
	}

	@Test
	void theActionNamesRoundTripAndApologizingIsListedWhereItIsPossible() {
		for (DossierAction action : DossierAction.values()) {
			assertThat(ActionNames.parse(ActionNames.of(action))).contains(action);
		}
		assertThat(ActionNames.parse("apologize")).isEmpty();
		assertThat(ActingOnDossier.allowedIn(DossierStatus.RECEIVED))
			.containsExactly("transfer", "request-supplement", "fees-due", "withdraw", "stop", "apologize");
		assertThat(ActingOnDossier.allowedIn(DossierStatus.RESULT_READY)).containsExactly("return");
		assertThat(ActingOnDossier.allowedIn(DossierStatus.RETURNED)).isEmpty();
	}

}
