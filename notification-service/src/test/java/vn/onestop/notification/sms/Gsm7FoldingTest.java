package vn.onestop.notification.sms;

import java.text.Normalizer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Gsm7FoldingTest {

	private static final String VIETNAMESE_VOWELS = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíị"
			+ "oòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";

	private static final String PLAIN_VOWELS = "a".repeat(18) + "e".repeat(12) + "i".repeat(6) + "o".repeat(18)
			+ "u".repeat(12) + "y".repeat(6);

	@Test
	void foldsAVietnameseSentenceToPlainAsciiLetters() {
		assertThat(Gsm7Folding.fold("Hồ sơ của ông Nguyễn Văn Đũng đã được tiếp nhận"))
			.isEqualTo("Ho so cua ong Nguyen Van Dung da duoc tiep nhan");
	}

	@Test
	void removesEveryToneAndVowelMarkInBothCases() {
		assertThat(VIETNAMESE_VOWELS).hasSize(72);
		assertThat(Gsm7Folding.fold(VIETNAMESE_VOWELS)).isEqualTo(PLAIN_VOWELS);
		assertThat(Gsm7Folding.fold(VIETNAMESE_VOWELS.toUpperCase())).isEqualTo(PLAIN_VOWELS.toUpperCase());
	}

	@Test
	void removesMarksFromEveryComposedVowelAndToneCombination() {
		String bases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
		int[] tones = { 0x300, 0x309, 0x303, 0x301, 0x323 };
		bases.codePoints().forEach(base -> IntStream.of(tones).forEach(tone -> {
			String letter = Normalizer.normalize(Character.toString(base) + Character.toString(tone),
					Normalizer.Form.NFC);
			assertThat(letter).as("precomposed %s", letter).hasSize(1);
			assertThat(Gsm7Folding.fold(letter)).as(letter)
				.isEqualTo(Normalizer.normalize(Character.toString(base), Normalizer.Form.NFD).substring(0, 1));
		}));
	}

	@Test
	void mapsDWithStrokeWhichHasNoDecomposition() {
		assertThat(Gsm7Folding.fold("đĐ Đồng Đăk")).isEqualTo("dD Dong Dak");
	}

	@Test
	void foldsTextWithMisplacedToneMarks() {
		assertThat(Gsm7Folding.fold("Cổng thông tĩn đỉện tử")).isEqualTo("Cong thong tin dien tu");
		assertThat(Gsm7Folding.fold("hoà hòa thuỷ thủy")).isEqualTo("hoa hoa thuy thuy");
	}

	@Test
	void foldsDecomposedInputLikeComposedInput() {
		String sentence = "Hồ sơ của ông Nguyễn Văn Đũng đã được tiếp nhận";
		String decomposed = Normalizer.normalize(sentence, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(sentence);
		assertThat(Gsm7Folding.fold(decomposed)).isEqualTo("Ho so cua ong Nguyen Van Dung da duoc tiep nhan");
	}

	@Test
	void foldsMarksInAnyOrderAndStackedMarks() {
		assertThat(Gsm7Folding.fold("o\u0323\u0302 o\u0302\u0323 u\u031B\u0303\u0303")).isEqualTo("o o u");
	}

	@Test
	void keepsEveryGsm7CharacterThatHasNoMarks() {
		String unaccented = Gsm7Alphabet.BASIC.codePoints()
			.mapToObj(Character::toString)
			.filter(character -> Normalizer.isNormalized(character, Normalizer.Form.NFD))
			.reduce("", String::concat) + Gsm7Alphabet.EXTENSION;
		assertThat(unaccented).hasSize(127 - 18 + 10);
		assertThat(Gsm7Folding.fold(unaccented)).isEqualTo(unaccented);
	}

	@Test
	void removesMarksEvenFromAccentedLettersGsm7Has() {
		assertThat(Gsm7Folding.fold("èéùìòÇÅåÉÄÖÑÜäöñüà")).isEqualTo("eeuioCAaEAONUaonua");
		assertThat(Gsm7Folding.fold("Bà Lé")).isEqualTo("Ba Le");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			‘Một cửa’                  | 'Mot cua'
			“Một cửa”                  | "Mot cua"
			«Một cửa»                  | "Mot cua"
			07:00 – 17:00              | 07:00 - 17:00
			UBND — phường              | UBND - phuong
			Chờ…                       | Cho...
			50\u00A0000₫               | 50 000d
			a\tb                       | a b
			don´t                      | don't
			Ｈồ ﬁ № ½                  | Ho fi No 1/2
			© ® ×                      | (c) (R) x
			Œuvre łódź                 | OEuvre lodz
			""")
	void replacesCommonNonGsm7Characters(String text, String folded) {
		assertThat(Gsm7Folding.fold(text)).isEqualTo(folded);
	}

	@ParameterizedTest
	@MethodSource("withoutReplacement")
	void dropsCharactersWithoutASensibleReplacement(String text, String folded) {
		assertThat(Gsm7Folding.fold(text)).isEqualTo(folded);
	}

	static Stream<Arguments> withoutReplacement() {
		return Stream.of(Arguments.of("Đã nhận 👍", "Da nhan "), Arguments.of("OK👨‍👩‍👧", "OK"),
				Arguments.of("Hà Nội 河内", "Ha Noi "), Arguments.of("Привет!", "!"),
				Arguments.of("a\u200Bb\u00ADc\uFEFF", "abc"), Arguments.of("😀", ""), Arguments.of("", ""));
	}

	@Test
	void foldsEveryCodePointToGsm7WithoutInventingQuestionMarks() {
		IntStream.rangeClosed(0, 0x1FFFF)
			.filter(codePoint -> codePoint > 0xFFFF || !Character.isSurrogate((char) codePoint))
			.forEach(codePoint -> {
				String text = Character.toString(codePoint);
				String folded = Gsm7Folding.fold(text);
				assertThat(Gsm7Alphabet.canEncode(folded)).as("U+%04X", codePoint).isTrue();
				if (!Normalizer.normalize(text, Normalizer.Form.NFKD).contains("?")) {
					assertThat(folded).as("U+%04X", codePoint).doesNotContain("?");
				}
			});
	}

	@Test
	void isIdempotent() {
		String once = Gsm7Folding.fold("Cổng thông tin điện tử — “Một cửa” 👍 50.000₫…");
		assertThat(Gsm7Folding.fold(once)).isEqualTo(once);
	}

}
