package vn.onestop.intake.queue.taking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.rules.citizen.InvalidValue;
import vn.onestop.rules.citizen.MobilePhone;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * The shape of a take: a field named, a known priority group or none, and a phone (in the national form, by the same
 * rule as a submitter's phone) only with consent to the SMS. Whether the center gives the ticket is the model's
 * TicketTaking to say.
 */
record TakeChecks(String field, PriorityGroup priority, String phone) {

	static TakeChecks of(TakeRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String field = request.field() == null ? "" : request.field().strip();
		if (field.isEmpty()) {
			errors.add(new FieldError("field", "is required"));
		}
		PriorityGroup priority = null;
		if (request.priority() != null && !request.priority().isBlank()) {
			priority = Arrays.stream(PriorityGroup.values())
				.filter(group -> group.name().equals(request.priority().strip()))
				.findFirst()
				.orElse(null);
			if (priority == null) {
				errors.add(new FieldError("priority", "must be one of " + Arrays.toString(PriorityGroup.values())));
			}
		}
		String phone = null;
		if (request.phone() != null && !request.phone().isBlank()) {
			try {
				phone = MobilePhone.normalize(request.phone());
			}
			catch (InvalidValue invalid) {
				errors.add(new FieldError("phone", invalid.getMessage()));
			}
			if (!Boolean.TRUE.equals(request.smsConsent())) {
				errors.add(new FieldError("smsConsent", "must be true to be notified by SMS"));
			}
		}
		if (!errors.isEmpty()) {
			throw ProblemException.validation(errors);
		}
		return new TakeChecks(field, priority, phone);
	}

}
