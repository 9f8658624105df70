package vn.onestop.notification.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.citizen.CitizenChoice;
import vn.onestop.notification.citizen.CitizenChoice.Preference;

/**
 * Who is told about a dossier, where, and whether a courtesy message may go with the notice.
 * <ul>
 * <li>A citizen who chose, on their own active record, is told as the record says: SMS to the record's phone,
 * or e-mail to its address; NONE, or a choice whose consent was withdrawn, tells them nothing. The choice
 * carried consent, so courtesy messages go with the notices.</li>
 * <li>A citizen who never chose (NOT_CHOSEN) still gets the notices about their own dossiers, which are service
 * messages, on the contact and preference given with the dossier; courtesy messages only with their consent.</li>
 * <li>A citizen whose record is not known here (no citizen event yet, a link still pending, a deactivated record)
 * is told as the dossier says, as before the records were read.</li>
 * </ul>
 */
final class NoticeRecipients {

	private NoticeRecipients() {
	}

	/** What the dossier's event says about its submitter, as taken at the counter. */
	record DossierContact(String preference, String phone, String email) {
	}

	record Recipient(Channel channel, String address) {
	}

	record Addressing(List<Recipient> recipients, boolean courtesy) {

		static final Addressing NOBODY = new Addressing(List.of(), false);

	}

	static Addressing of(DossierContact dossier, CitizenChoice record) {
		if (record == null || !record.active() || record.preference() == null) {
			return asTheDossierSays(dossier, true);
		}
		return switch (record.preference()) {
			case NOT_CHOSEN -> asTheDossierSays(dossier, record.consent());
			case NONE -> Addressing.NOBODY;
			case SMS -> record.consent() ? only(Channel.SMS, record.phone()) : Addressing.NOBODY;
			case EMAIL -> record.consent() ? only(Channel.EMAIL, record.email()) : Addressing.NOBODY;
		};
	}

	private static Addressing only(Channel channel, String address) {
		return isBlank(address) ? Addressing.NOBODY : new Addressing(List.of(new Recipient(channel, address)), true);
	}

	private static Addressing asTheDossierSays(DossierContact dossier, boolean courtesy) {
		String preference = dossier.preference() == null ? "" : dossier.preference().strip().toUpperCase(Locale.ROOT);
		if (Preference.NONE.name().equals(preference)) {
			return Addressing.NOBODY;
		}
		List<Recipient> recipients = new ArrayList<>();
		if (!isBlank(dossier.phone()) && !"EMAIL".equals(preference)) {
			recipients.add(new Recipient(Channel.SMS, dossier.phone()));
		}
		if (!isBlank(dossier.email()) && !"SMS".equals(preference)) {
			recipients.add(new Recipient(Channel.EMAIL, dossier.email()));
		}
		return new Addressing(List.copyOf(recipients), courtesy);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
