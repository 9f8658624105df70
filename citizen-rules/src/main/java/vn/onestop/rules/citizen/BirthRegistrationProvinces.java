package vn.onestop.rules.citizen;

import java.util.Set;

/**
 * Digits 1–3 of a personal ID number: the province where the birth was registered, in the 63-province
 * scheme in force until 2025-06-30 (Circular 07/2016/TT-BCA). Codes for births abroad are not accepted yet.
 */
public final class BirthRegistrationProvinces {

	public static final Set<String> CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
			"087", "089", "091", "092", "093", "094", "095", "096");

	private BirthRegistrationProvinces() {
	}

	public static boolean contains(String code) {
		return CODES.contains(code);
	}

}
