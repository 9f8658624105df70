package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.security.Caller;

/**
 * {@code PUT /dossiers/{code}/submitter}: an officer of the dossier's ward corrects a submitter that citizen-service
 * refused (or that is still waiting for its link), by the same rules as at filing. The correction, its history row
 * and its audit entry are written together, and the link is tried again at once. The history and the audit name the
 * corrected fields only, never their values.
 */
@Service
class CorrectingSubmitter {

	static final String ACTION = "correct-submitter";

	private final ActingOnDossier acting;

	private final CitizenLinkRepository links;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	CorrectingSubmitter(ActingOnDossier acting, CitizenLinkRepository links, AuditLog audit,
			ReactiveTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.acting = acting;
		this.links = links;
		this.audit = audit;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<Void> correct(String code, DossierRequest.Submitter submitter, Caller caller) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return this.acting.workOn(code, caller, ActionRequest.empty()).flatMap(tracked -> {
			Dossier dossier = tracked.dossier();
			if (!dossier.citizenLinkPending()) {
				return Mono.error(DossierProblems.citizenAlreadyLinked());
			}
			Person corrected = SubmitterRules.check(submitter, LocalDate.ofInstant(now, WorkingCalendar.ZONE));
			List<String> fields = changedFields(dossier.submitter(), corrected);
			Mono<Void> work = this.links.correctSubmitter(dossier.id(), corrected)
				.flatMap(done -> done ? Mono.<Void>empty() : Mono.error(DossierProblems.citizenAlreadyLinked()))
				.then(this.links.appendCorrection(dossier.id(), dossier.status(), now, caller.name(), fields))
				.then(this.audit.record("dossier.submitter.correct", dossier.code().value(), dossier.wardCode(),
						Map.of("fields", fields)));
			return RunToCompletion.of(this.transaction.transactional(work));
		});
	}

	static List<String> changedFields(Person before, Person after) {
		List<String> fields = new ArrayList<>();
		compare(fields, "fullName", before.fullName(), after.fullName());
		compare(fields, "idNumber", before.idNumber(), after.idNumber());
		compare(fields, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
		compare(fields, "gender", before.gender(), after.gender());
		compare(fields, "phone", before.phone(), after.phone());
		compare(fields, "email", before.email(), after.email());
		compare(fields, "address.line", before.address().line(), after.address().line());
		compare(fields, "address.wardCode", before.address().wardCode(), after.address().wardCode());
		compare(fields, "notificationPreference", before.notificationPreference(), after.notificationPreference());
		return fields;
	}

	private static void compare(List<String> fields, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(name);
		}
	}

}
