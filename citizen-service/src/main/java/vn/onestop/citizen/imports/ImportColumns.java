package vn.onestop.citizen.imports;

import java.util.List;

/**
 * The columns of an import, named as the citizen API names its fields: a CSV header row uses these names, a JSON
 * object these members (or {@code address} and {@code preferences} as nested objects). {@code address.wardCode} is
 * the citizen's ward in the old system; every imported citizen is attached to the successor ward.
 */
public final class ImportColumns {

	public static final String FULL_NAME = "fullName";

	public static final String ID_NUMBER = "idNumber";

	public static final String DATE_OF_BIRTH = "dateOfBirth";

	public static final String GENDER = "gender";

	public static final String PHONE = "phone";

	public static final String EMAIL = "email";

	public static final String ADDRESS_LINE = "address.line";

	public static final String OLD_WARD_CODE = "address.wardCode";

	public static final String CHANNEL = "preferences.channel";

	public static final String CONSENT = "preferences.consent";

	public static final List<String> ALL = List.of(FULL_NAME, ID_NUMBER, DATE_OF_BIRTH, GENDER, PHONE, EMAIL, ADDRESS_LINE,
			OLD_WARD_CODE, CHANNEL, CONSENT);

	public static final List<String> REQUIRED = List.of(FULL_NAME, ID_NUMBER, DATE_OF_BIRTH, GENDER);

	private ImportColumns() {
	}

}
