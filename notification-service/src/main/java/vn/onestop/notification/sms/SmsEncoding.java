package vn.onestop.notification.sms;

/**
 * How a message travels: in GSM-7 septets when every character is in the GSM 03.38 alphabet,
 * otherwise in UCS-2 (UTF-16 code units). A concatenated part gives up room to its header.
 */
public enum SmsEncoding {

	GSM_7(160, 153) {
		@Override
		int unitsOf(int codePoint) {
			return Gsm7Alphabet.isExtension(codePoint) ? 2 : 1;
		}
	},

	UCS_2(70, 67) {
		@Override
		int unitsOf(int codePoint) {
			return Character.charCount(codePoint);
		}
	};

	private final int singleMessageUnits;

	private final int concatenatedPartUnits;

	SmsEncoding(int singleMessageUnits, int concatenatedPartUnits) {
		this.singleMessageUnits = singleMessageUnits;
		this.concatenatedPartUnits = concatenatedPartUnits;
	}

	static SmsEncoding of(String text) {
		return Gsm7Alphabet.canEncode(text) ? GSM_7 : UCS_2;
	}

	/** Septets for GSM-7, UTF-16 code units for UCS-2. */
	abstract int unitsOf(int codePoint);

	int unitsOf(String text) {
		return text.codePoints().map(this::unitsOf).sum();
	}

	int singleMessageUnits() {
		return this.singleMessageUnits;
	}

	int concatenatedPartUnits() {
		return this.concatenatedPartUnits;
	}

}
