package vn.onestop.web.lookup;

/** What the citizen types: the dossier code from the receipt and the last 4 digits of the phone given at filing. */
public record LookupForm(String code, String phoneLast4) {

	public LookupForm {
		code = code == null ? "" : code.strip();
		phoneLast4 = phoneLast4 == null ? "" : phoneLast4.strip();
	}

}
