package vn.onestop.intake.queue.setup;

import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.model.SetupRules;
import vn.onestop.intake.queue.persistence.QueueSignal;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * Saves a ward's queue set-up: checked as a whole by SetupRules against the ward's working sessions (every fault
 * reported at once), then stored with its audit entry and the change signal in one transaction. It applies at once to
 * new takes and calls; tickets already taken keep their numbers.
 */
@Service
class SettingUpQueue {

	static final String AUDIT_ACTION = "queue.setup";

	static final int MAX_CENTER_NAME = 200;

	private static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*";

	private final SetupRepository setups;

	private final ComputingDueTime calendar;

	private final QueueSignal signal;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	SettingUpQueue(SetupRepository setups, ComputingDueTime calendar, QueueSignal signal, AuditLog audit,
			ReactiveTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.setups = setups;
		this.calendar = calendar;
		this.signal = signal;
		this.audit = audit;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<StoredSetup> save(String ward, SetupRequest request, String by) {
		return Mono.defer(() -> {
			List<FieldError> errors = new ArrayList<>();
			String centerName = centerName(request.centerName(), errors);
			SetupRules.Checked checked = SetupRules.check(request.form(), this.calendar.sessionsOf(ward));
			checked.violations().forEach(violation -> errors.add(new FieldError(violation.field(), violation.message())));
			if (!errors.isEmpty()) {
				return Mono.error(ProblemException.validation(errors));
			}
			return this.transaction.transactional(this.setups
				.save(ward, centerName, checked.setup(), by, this.clock.instant().truncatedTo(ChronoUnit.MILLIS))
				.flatMap(stored -> this.audit
					.record(AUDIT_ACTION, ward, ward, Map.of("version", stored.version(), "fields",
							stored.setup().fields().size(), "counters", stored.setup().counters().size()))
					.then(this.signal.changed(ward))
					.thenReturn(stored)));
		});
	}

	private static String centerName(String value, List<FieldError> errors) {
		String name = value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
		if (name.isEmpty()) {
			errors.add(new FieldError("centerName", "must not be blank"));
		}
		else if (name.length() > MAX_CENTER_NAME) {
			errors.add(new FieldError("centerName", "must be at most " + MAX_CENTER_NAME + " characters"));
		}
		else if (!name.matches(SINGLE_LINE)) {
			errors.add(new FieldError("centerName", "must be one line without control characters"));
		}
		return name;
	}

}
