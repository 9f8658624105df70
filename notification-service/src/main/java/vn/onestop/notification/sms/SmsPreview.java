package vn.onestop.notification.sms;

import java.text.Normalizer;

/** The same text as SMS twice: as written (in NFC) and folded to unaccented GSM-7. */
public record SmsPreview(EncodedText original, EncodedText folded) {

	public static SmsPreview of(String text) {
		String original = Normalizer.normalize(text, Normalizer.Form.NFC);
		return new SmsPreview(EncodedText.of(original), EncodedText.of(Gsm7Folding.fold(original)));
	}

	/** Units are GSM-7 septets or UTF-16 code units, depending on the encoding. */
	public record EncodedText(String text, SmsEncoding encoding, int units, int segments) {

		static EncodedText of(String text) {
			SmsSegments segments = SmsSegments.of(text);
			return new EncodedText(text, segments.encoding(), segments.units(), segments.count());
		}

	}

}
