package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import vn.onestop.rules.citizen.Gender;
import vn.onestop.rules.citizen.PersonalIdNumber;

class CitizenChangesTest {

	static final CitizenDetails DETAILS = new CitizenDetails("Nguyễn Văn Dũng", new PersonalIdNumber("038087042028", false),
			LocalDate.of(1987, 3, 4), Gender.MALE, "0912345678", null, new CitizenDetails.Address(null, "20242"),
			new CitizenDetails.Preferences(NotificationChannel.SMS, true));

	static final Citizen CITIZEN = new Citizen(UUID.randomUUID(), DETAILS, Instant.parse("2026-01-01T00:00:00Z"), true, 1);

	@Test
	void registrationListsEveryFieldThatHasAValue() {
		assertThat(CitizenChanges.registered(CITIZEN)).containsExactly(
				new FieldChange("fullName", null, "Nguyễn Văn Dũng"), new FieldChange("idNumber", null, "038087042028"),
				new FieldChange("dateOfBirth", null, "1987-03-04"), new FieldChange("gender", null, "MALE"),
				new FieldChange("phone", null, "0912345678"), new FieldChange("address.wardCode", null, "20242"),
				new FieldChange("preferences.channel", null, "SMS"), new FieldChange("preferences.consent", null, "true"),
				new FieldChange("active", null, "true"));
	}

	@Test
	void anUpdateListsOnlyWhatChanged() {
		CitizenDetails changed = new CitizenDetails(DETAILS.fullName(), DETAILS.idNumber(), DETAILS.dateOfBirth(),
				DETAILS.gender(), null, "dung@example.vn", new CitizenDetails.Address("Thôn Đông", "20242"),
				new CitizenDetails.Preferences(NotificationChannel.EMAIL, true));
		Citizen after = CITIZEN.withDetails(changed, Instant.now());
		assertThat(CitizenChanges.between(CITIZEN, after)).containsExactly(new FieldChange("phone", "0912345678", null),
				new FieldChange("email", null, "dung@example.vn"), new FieldChange("address.line", null, "Thôn Đông"),
				new FieldChange("preferences.channel", "SMS", "EMAIL"));
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.consentAt()).isEqualTo(CITIZEN.consentAt());
	}

	@Test
	void consentTimeMovesOnlyWhenConsentChanges() {
		Instant now = Instant.parse("2026-11-21T10:00:00Z");
		CitizenDetails withdrawn = new CitizenDetails(DETAILS.fullName(), DETAILS.idNumber(), DETAILS.dateOfBirth(),
				DETAILS.gender(), DETAILS.phone(), null, DETAILS.address(),
				new CitizenDetails.Preferences(NotificationChannel.NONE, false));
		Citizen after = CITIZEN.withDetails(withdrawn, now);
		assertThat(after.consentAt()).isEqualTo(now);
		assertThat(CitizenChanges.between(CITIZEN, after)).extracting(FieldChange::field)
			.containsExactly("preferences.channel", "preferences.consent");
	}

	@Test
	void deactivationChangesOnlyActive() {
		Citizen after = CITIZEN.deactivated();
		assertThat(after.version()).isEqualTo(2);
		assertThat(CitizenChanges.between(CITIZEN, after)).containsExactly(new FieldChange("active", "true", "false"));
	}

	@Test
	void noChangeListsNothing() {
		assertThat(CitizenChanges.between(CITIZEN, CITIZEN)).isEmpty();
	}

	@Test
	void historyShowsIdNumbersAndPhonesMasked() {
		CitizenHistoryRepository.HistoryRow id = new CitizenHistoryRepository.HistoryRow(2, HistoryAction.UPDATED,
				Instant.now(), "anonymous", new FieldChange("idNumber", "123456789", "038087042028"));
		CitizenHistoryRepository.HistoryRow phone = new CitizenHistoryRepository.HistoryRow(2, HistoryAction.UPDATED,
				Instant.now(), "anonymous", new FieldChange("phone", "0912345678", null));
		CitizenHistoryRepository.HistoryRow name = new CitizenHistoryRepository.HistoryRow(3, HistoryAction.UPDATED,
				Instant.now(), "anonymous", new FieldChange("fullName", "Nguyễn Văn Dũng", "Nguyễn Văn Dũng Anh"));
		assertThat(HistoryEntryView.of(java.util.List.of(id, phone, name))).satisfiesExactly(v2 -> {
			assertThat(v2.version()).isEqualTo(2);
			assertThat(v2.changes()).containsExactly(new FieldChange("idNumber", "1234***89", "0380******28"),
					new FieldChange("phone", "0912****78", null));
		}, v3 -> assertThat(v3.changes()).containsExactly(name.change()));
	}

}
