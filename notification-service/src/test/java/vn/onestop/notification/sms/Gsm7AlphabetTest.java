package vn.onestop.notification.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Gsm7AlphabetTest {

	@Test
	void holdsTheBasicSetWithoutEscapeAndTheTenExtensionCharacters() {
		assertThat(Gsm7Alphabet.BASIC.chars().distinct().count()).isEqualTo(127);
		assertThat(Gsm7Alphabet.BASIC).doesNotContain("\u001B");
		assertThat(Gsm7Alphabet.EXTENSION).hasSize(10).isEqualTo("\f^{}\\[~]|€");
		assertThat(Gsm7Alphabet.EXTENSION.chars().noneMatch(Gsm7Alphabet::isBasic)).isTrue();
	}

	@Test
	void tellsTextItCanEncodeFromTextItCannot() {
		assertThat(Gsm7Alphabet.canEncode("Ho so da duoc tiep nhan. Phi: 10€ [QC]")).isTrue();
		assertThat(Gsm7Alphabet.canEncode("Bà Lé, Ñandü, Ødegaard, ÆßΩ")).isTrue();
		assertThat(Gsm7Alphabet.canEncode("")).isTrue();
		assertThat(Gsm7Alphabet.canEncode("Hồ sơ")).isFalse();
		assertThat(Gsm7Alphabet.canEncode("đ")).isFalse();
		assertThat(Gsm7Alphabet.canEncode("`")).isFalse();
		assertThat(Gsm7Alphabet.canEncode("a\tb")).isFalse();
		assertThat(Gsm7Alphabet.canEncode("ç")).isFalse();
		assertThat(Gsm7Alphabet.canEncode("😀")).isFalse();
	}

}
