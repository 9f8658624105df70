package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import vn.onestop.citizen.records.CitizenForm.AddressForm;
import vn.onestop.citizen.records.CitizenForm.PreferencesForm;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import vn.onestop.rules.citizen.Gender;

/** Valid, unique citizens for tests that share one database. */
final class CitizenFixtures {

	/** Phường Hải Châu (Đà Nẵng), in force from 2025-07-01. */
	static final String HAI_CHAU = "20242";

	/** Phường Ba Đình (Hà Nội), in force from 2025-07-01; the search tests keep it to themselves. */
	static final String BA_DINH = "00004";

	/** Phường Phúc Xá (Hà Nội): in force until 2025-06-30 only. */
	static final String RETIRED_WARD = "00001";

	/** An officer of Hải Châu and Ba Đình, for tests that call the use cases directly. */
	static final Caller OFFICER = new Caller("test-officer", Set.of(Role.OFFICER), Set.of(HAI_CHAU, BA_DINH), null);

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 400_000));

	private CitizenFixtures() {
	}

	/** A 12-digit number registered in Hà Nội that agrees with the birth date and gender, never handed out twice. */
	static String idNumber(LocalDate born, Gender gender) {
		int century = (born.getYear() - 1900) / 100;
		return "001" + (century * 2 + (gender == Gender.FEMALE ? 1 : 0)) + String.format("%02d", born.getYear() % 100)
				+ String.format("%06d", SEQUENCE.incrementAndGet());
	}

	static String phone() {
		return "098" + String.format("%07d", SEQUENCE.incrementAndGet());
	}

	static CitizenForm form(String fullName, String wardCode) {
		LocalDate born = LocalDate.of(1987, 3, 4);
		return new CitizenForm(fullName, idNumber(born, Gender.MALE), born.toString(), "MALE", null, null,
				new AddressForm(null, wardCode), new PreferencesForm("NONE", false));
	}

	/** The JSON body of a registration with a phone, SMS notification and consent. */
	static Map<String, Object> body(String fullName, String idNumber, String phone) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", fullName);
		body.put("idNumber", idNumber);
		body.put("dateOfBirth", "1987-03-04");
		body.put("gender", "MALE");
		body.put("phone", phone);
		body.put("email", "citizen@example.vn");
		body.put("address", Map.of("line", "Số 5 đường Bạch Đằng", "wardCode", HAI_CHAU));
		body.put("preferences", Map.of("channel", "SMS", "consent", true));
		return body;
	}

	static String maleBorn1987() {
		return idNumber(LocalDate.of(1987, 3, 4), Gender.MALE);
	}

}
