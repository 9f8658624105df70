package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import vn.onestop.rules.citizen.CheckedPerson;
import vn.onestop.rules.citizen.FieldProblem;
import vn.onestop.rules.citizen.InvalidValue;
import vn.onestop.rules.citizen.PersonForm;
import vn.onestop.rules.citizen.PersonFormValidator;

/**
 * Checks a whole citizen form and normalises its values, reporting every field at fault at once: the person's fields
 * by the rules shared with intake-service (citizen-rules), the notification preferences here. Whether the ward code
 * names a unit in force is the registry's answer, asked afterwards.
 */
final class CitizenFormValidator {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final List<FieldProblem> problems = new ArrayList<>();

	private CitizenFormValidator() {
	}

	static CitizenDetails validate(CitizenForm form, LocalDate today) {
		if (form == null) {
			throw new InvalidCitizenForm(List.of(new FieldProblem("body", "is required")));
		}
		return new CitizenFormValidator().check(form, today);
	}

	private CitizenDetails check(CitizenForm form, LocalDate today) {
		CitizenForm.AddressForm address = form.address();
		PersonFormValidator.Result person = PersonFormValidator.check(new PersonForm(form.fullName(), form.idNumber(),
				form.dateOfBirth(), form.gender(), form.phone(), form.email(),
				address == null ? null : new PersonForm.Address(address.line(), address.wardCode())), today);
		this.problems.addAll(person.problems());
		CitizenDetails.Preferences preferences = preferences(form.preferences(), given(form.phone()), given(form.email()));
		if (!this.problems.isEmpty()) {
			throw new InvalidCitizenForm(this.problems);
		}
		CheckedPerson checked = person.person();
		return new CitizenDetails(checked.fullName(), checked.idNumber(), checked.dateOfBirth(), checked.gender(),
				checked.phone(), checked.email(), new CitizenDetails.Address(checked.addressLine(), checked.wardCode()),
				preferences);
	}

	/**
	 * A channel needs its address given (an invalid one is reported on its own field) and consent; no channel
	 * given is NOT_CHOSEN, which is not NONE.
	 */
	private CitizenDetails.Preferences preferences(CitizenForm.PreferencesForm form, boolean phone, boolean email) {
		CitizenForm.PreferencesForm chosen = form == null ? new CitizenForm.PreferencesForm(null, null) : form;
		NotificationChannel channel = field("preferences.channel", () -> NotificationChannel.parse(chosen.channel()));
		boolean consent = Boolean.TRUE.equals(chosen.consent());
		if (channel == NotificationChannel.SMS && !phone) {
			this.problems.add(new FieldProblem("preferences.channel", "SMS needs a mobile phone number"));
		}
		if (channel == NotificationChannel.EMAIL && !email) {
			this.problems.add(new FieldProblem("preferences.channel", "EMAIL needs an e-mail address"));
		}
		if ((channel == NotificationChannel.SMS || channel == NotificationChannel.EMAIL) && !consent) {
			this.problems.add(new FieldProblem("preferences.consent", "must be true to be notified by " + channel));
		}
		return new CitizenDetails.Preferences(channel, consent);
	}

	private static boolean given(String text) {
		return text != null && !text.isBlank();
	}

	private <T> T field(String name, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidValue ex) {
			this.problems.add(new FieldProblem(name, ex.getMessage()));
			return null;
		}
	}

}
