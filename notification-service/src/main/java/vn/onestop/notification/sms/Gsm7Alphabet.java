package vn.onestop.notification.sms;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet: the basic character set and the characters of
 * its extension table, which cost an escape septet plus their own.
 */
final class Gsm7Alphabet {

	// ESC (0x1B) is left out: it introduces an extension character and is never text itself.
	static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	static final String EXTENSION = "\f^{}\\[~]|€";

	private Gsm7Alphabet() {
	}

	static boolean isBasic(int codePoint) {
		return BASIC.indexOf(codePoint) >= 0;
	}

	static boolean isExtension(int codePoint) {
		return EXTENSION.indexOf(codePoint) >= 0;
	}

	static boolean contains(int codePoint) {
		return isBasic(codePoint) || isExtension(codePoint);
	}

	static boolean canEncode(String text) {
		return text.codePoints().allMatch(Gsm7Alphabet::contains);
	}

}
