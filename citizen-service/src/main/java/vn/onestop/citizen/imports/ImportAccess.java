package vn.onestop.citizen.imports;

import vn.onestop.support.security.Caller;

/**
 * Who may import and read imports (issue #6): officers and leaders of the successor ward that receives the citizens.
 * Anyone else is refused an import (403: which wards exist is public) and gets the 404 of a missing import.
 */
final class ImportAccess {

	private ImportAccess() {
	}

	static boolean mayImportInto(Caller caller, String successorWard) {
		return caller.worksIn(successorWard);
	}

	static boolean mayRead(Caller caller, String successorWard) {
		return caller.worksIn(successorWard);
	}

}
