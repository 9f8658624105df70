package vn.onestop.intake.dossier;

import java.util.Map;

/**
 * The electronic agency ID each ward's dossier codes start with. Until the QCVN 102 identifiers of
 * the post-2025 wards are configured, a ward's agency code is its own 5-digit ward code.
 */
final class AgencyCodes {

	private final Map<String, String> byWard;

	AgencyCodes(Map<String, String> byWard) {
		this.byWard = Map.copyOf(byWard);
		this.byWard.forEach((ward, agency) -> {
			if (!DossierCode.AGENCY.matcher(agency).matches()) {
				throw new IllegalArgumentException("Ward " + ward + " has an invalid agency code: " + agency);
			}
		});
	}

	String agencyFor(String wardCode) {
		return this.byWard.getOrDefault(wardCode, wardCode);
	}

}
