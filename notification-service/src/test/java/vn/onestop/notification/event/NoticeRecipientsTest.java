package vn.onestop.notification.event;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.citizen.CitizenChoice;
import vn.onestop.notification.citizen.CitizenChoice.Preference;
import vn.onestop.notification.event.NoticeRecipients.Addressing;
import vn.onestop.notification.event.NoticeRecipients.DossierContact;
import vn.onestop.notification.event.NoticeRecipients.Recipient;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeRecipientsTest {

	private static final DossierContact BOTH = new DossierContact(null, "0912000001", "dossier@example.vn");

	private static final Recipient DOSSIER_SMS = new Recipient(Channel.SMS, "0912000001");

	private static final Recipient DOSSIER_EMAIL = new Recipient(Channel.EMAIL, "dossier@example.vn");

	@Test
	void aCitizenUnknownHereIsToldAsTheDossierSaysWithCourtesy() {
		assertThat(NoticeRecipients.of(BOTH, null)).isEqualTo(new Addressing(java.util.List.of(DOSSIER_SMS, DOSSIER_EMAIL), true));
		assertThat(NoticeRecipients.of(new DossierContact("sms", "0912000001", "dossier@example.vn"), null).recipients())
			.containsExactly(DOSSIER_SMS);
		assertThat(NoticeRecipients.of(new DossierContact("EMAIL", "0912000001", "dossier@example.vn"), null).recipients())
			.containsExactly(DOSSIER_EMAIL);
		assertThat(NoticeRecipients.of(new DossierContact("NONE", "0912000001", "dossier@example.vn"), null).recipients())
			.isEmpty();
		assertThat(NoticeRecipients.of(new DossierContact("ZALO", "0912000001", null), null).recipients())
			.containsExactly(DOSSIER_SMS);
		assertThat(NoticeRecipients.of(new DossierContact(null, " ", null), null).recipients()).isEmpty();
	}

	@Test
	void aChoiceOnTheRecordWinsOverTheDossierWithItsOwnContact() {
		assertThat(NoticeRecipients.of(BOTH, record(Preference.SMS, true, "0988000002", "record@example.vn")))
			.isEqualTo(new Addressing(java.util.List.of(new Recipient(Channel.SMS, "0988000002")), true));
		assertThat(NoticeRecipients.of(BOTH, record(Preference.EMAIL, true, "0988000002", "record@example.vn")))
			.isEqualTo(new Addressing(java.util.List.of(new Recipient(Channel.EMAIL, "record@example.vn")), true));
		assertThat(NoticeRecipients.of(new DossierContact("EMAIL", "0912000001", "dossier@example.vn"),
				record(Preference.SMS, true, "0988000002", null)).recipients())
			.containsExactly(new Recipient(Channel.SMS, "0988000002"));
	}

	@Test
	void choosingNoneOrWithdrawingConsentStopsEveryNotice() {
		assertThat(NoticeRecipients.of(BOTH, record(Preference.NONE, false, "0988000002", "record@example.vn")))
			.isEqualTo(Addressing.NOBODY);
		assertThat(NoticeRecipients.of(BOTH, record(Preference.NONE, true, "0988000002", "record@example.vn")))
			.isEqualTo(Addressing.NOBODY);
		assertThat(NoticeRecipients.of(BOTH, record(Preference.SMS, false, "0988000002", null))).isEqualTo(Addressing.NOBODY);
		assertThat(NoticeRecipients.of(BOTH, record(Preference.EMAIL, false, null, "record@example.vn")))
			.isEqualTo(Addressing.NOBODY);
	}

	@Test
	void aChosenChannelWithoutItsAddressOnTheRecordTellsNobodyRatherThanAnotherAddress() {
		assertThat(NoticeRecipients.of(BOTH, record(Preference.SMS, true, null, "record@example.vn")))
			.isEqualTo(Addressing.NOBODY);
		assertThat(NoticeRecipients.of(BOTH, record(Preference.EMAIL, true, "0988000002", " "))).isEqualTo(Addressing.NOBODY);
	}

	@Test
	void aCitizenWhoNeverChoseGetsTheNoticesAsTheDossierSaysAndCourtesyOnlyWithConsent() {
		assertThat(NoticeRecipients.of(BOTH, record(Preference.NOT_CHOSEN, false, "0988000002", "record@example.vn")))
			.isEqualTo(new Addressing(java.util.List.of(DOSSIER_SMS, DOSSIER_EMAIL), false));
		assertThat(NoticeRecipients.of(BOTH, record(Preference.NOT_CHOSEN, true, null, null)))
			.isEqualTo(new Addressing(java.util.List.of(DOSSIER_SMS, DOSSIER_EMAIL), true));
		assertThat(NoticeRecipients.of(new DossierContact("NONE", "0912000001", null),
				record(Preference.NOT_CHOSEN, true, null, null)).recipients()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Preference.class)
	void aDeactivatedRecordDecidesNothing(Preference preference) {
		CitizenChoice deactivated = new CitizenChoice(UUID.randomUUID(), 4, false, "0988000002", "record@example.vn",
				preference, true);
		assertThat(NoticeRecipients.of(BOTH, deactivated)).isEqualTo(NoticeRecipients.of(BOTH, null));
	}

	@Test
	void aRecordWhoseEventsNeverCarriedPreferencesDecidesNothing() {
		assertThat(NoticeRecipients.of(BOTH, record(null, false, "0988000002", null))).isEqualTo(NoticeRecipients.of(BOTH, null));
	}

	private static CitizenChoice record(Preference preference, boolean consent, String phone, String email) {
		return new CitizenChoice(UUID.randomUUID(), 2, true, phone, email, preference, consent);
	}

}
