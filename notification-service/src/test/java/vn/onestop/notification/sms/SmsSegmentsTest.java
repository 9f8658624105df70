package vn.onestop.notification.sms;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.notification.sms.SmsEncoding.GSM_7;
import static vn.onestop.notification.sms.SmsEncoding.UCS_2;

class SmsSegmentsTest {

	private static final String EMOJI = "😀";

	@ParameterizedTest(name = "{0} units of {1} -> {3} segments")
	@MethodSource("boundaries")
	void countsUnitsAndSegmentsAtEveryBoundary(String label, SmsEncoding encoding, String text, int segments,
			int units) {
		SmsSegments sms = SmsSegments.of(text);
		assertThat(sms.encoding()).isEqualTo(encoding);
		assertThat(sms.units()).isEqualTo(units);
		assertThat(sms.count()).isEqualTo(segments);
		assertThat(String.join("", sms.parts())).isEqualTo(text);
		sms.parts().forEach(part -> assertThat(encoding.unitsOf(part))
			.isLessThanOrEqualTo(segments == 1 ? encoding.singleMessageUnits() : encoding.concatenatedPartUnits()));
	}

	static Stream<Arguments> boundaries() {
		return Stream.of(gsm(1, 1), gsm(160, 1), gsm(161, 2), gsm(306, 2), gsm(307, 3), gsm(459, 3), gsm(460, 4),
				ucs(1, 1), ucs(70, 1), ucs(71, 2), ucs(134, 2), ucs(135, 3), ucs(201, 3), ucs(202, 4));
	}

	private static Arguments gsm(int length, int segments) {
		return Arguments.of(String.valueOf(length), GSM_7, "a".repeat(length), segments, length);
	}

	private static Arguments ucs(int length, int segments) {
		return Arguments.of(String.valueOf(length), UCS_2, "ơ".repeat(length), segments, length);
	}

	@Test
	void billsAnEmptyTextAsOneGsm7SegmentOfNoCharacters() {
		SmsSegments empty = SmsSegments.of("");
		assertThat(empty.encoding()).isEqualTo(GSM_7);
		assertThat(empty.units()).isZero();
		assertThat(empty.count()).isEqualTo(1);
		assertThat(empty.parts()).containsExactly("");
	}

	@Test
	void countsExtensionCharactersAsTwoSeptets() {
		assertThat(SmsSegments.of("^{}\\[~]|€\f").units()).isEqualTo(20);
		assertThat(SmsSegments.of("€".repeat(80)).count()).isEqualTo(1);
		assertThat(SmsSegments.of("€".repeat(81)).count()).isEqualTo(2);
		assertThat(SmsSegments.of("a".repeat(158) + "€").count()).isEqualTo(1);
		assertThat(SmsSegments.of("a".repeat(159) + "€").count()).isEqualTo(2);
	}

	@Test
	void neverSplitsAnEscapePairAcrossParts() {
		SmsSegments split = SmsSegments.of("a".repeat(152) + "€" + "a".repeat(152));
		assertThat(split.units()).isEqualTo(306);
		assertThat(split.count()).isEqualTo(3);
		assertThat(split.parts().get(0)).isEqualTo("a".repeat(152));
		assertThat(split.parts().get(1)).startsWith("€").hasSize(152);

		SmsSegments fits = SmsSegments.of("a".repeat(151) + "€" + "a".repeat(153));
		assertThat(fits.units()).isEqualTo(306);
		assertThat(fits.count()).isEqualTo(2);
		assertThat(fits.parts().get(0)).endsWith("€");
	}

	@Test
	void neverSplitsASurrogatePairAcrossParts() {
		SmsSegments split = SmsSegments.of("ơ".repeat(66) + EMOJI + "ơ".repeat(66));
		assertThat(split.encoding()).isEqualTo(UCS_2);
		assertThat(split.units()).isEqualTo(134);
		assertThat(split.count()).isEqualTo(3);
		assertThat(split.parts().get(0)).isEqualTo("ơ".repeat(66));
		assertThat(split.parts().get(1)).startsWith(EMOJI);

		SmsSegments fits = SmsSegments.of("ơ".repeat(65) + EMOJI + "ơ".repeat(67));
		assertThat(fits.count()).isEqualTo(2);
		assertThat(fits.parts().get(0)).endsWith(EMOJI);
	}

	@Test
	void countsUtf16CodeUnitsInUcs2() {
		assertThat(SmsSegments.of(EMOJI).units()).isEqualTo(2);
		assertThat(SmsSegments.of(EMOJI.repeat(35)).count()).isEqualTo(1);
		assertThat(SmsSegments.of(EMOJI.repeat(35) + "a").count()).isEqualTo(2);
	}

	@Test
	void switchesTheWholeMessageToUcs2ForOneCharacterOutsideGsm7() {
		SmsSegments sms = SmsSegments.of("a".repeat(150) + "ơ");
		assertThat(sms.encoding()).isEqualTo(UCS_2);
		assertThat(sms.units()).isEqualTo(151);
		assertThat(sms.count()).isEqualTo(3);
	}

	@Test
	void keepsGsm7ForTheAccentedLettersGsm7Has() {
		assertThat(SmsSegments.of("Bà Lé, Ñandú").encoding()).isEqualTo(UCS_2);
		assertThat(SmsSegments.of("Bà Lé, Ñandü").encoding()).isEqualTo(GSM_7);
	}

	@Test
	void countsTheTextAsGivenSoDecomposedMarksCostMore() {
		assertThat(SmsSegments.of("ộ").units()).isEqualTo(1);
		assertThat(SmsSegments.of(Normalizer.normalize("ộ", Normalizer.Form.NFD)).units()).isEqualTo(3);
		assertThat(SmsSegments.of(Normalizer.normalize("é", Normalizer.Form.NFD)).encoding()).isEqualTo(UCS_2);
	}

}
