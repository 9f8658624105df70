package vn.onestop.web.admin;

/** notification-service's SMS preview: the text as written (NFC) and folded to unaccented GSM-7. */
record SmsPreview(Encoded original, Encoded folded) {

	record Encoded(String text, String encoding, int units, int segments) {
	}

}
