package vn.onestop.web.queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenNumberTest {

	@Test
	void readsEveryDigitOnItsOwn() {
		assertThat(SpokenNumber.of("A012")).isEqualTo("A không một hai");
		assertThat(SpokenNumber.of("A100")).isEqualTo("A một không không");
		assertThat(SpokenNumber.of("A345")).isEqualTo("A ba bốn năm");
		assertThat(SpokenNumber.of("A678")).isEqualTo("A sáu bảy tám");
		assertThat(SpokenNumber.of("A999")).isEqualTo("A chín chín chín");
	}

	@Test
	void readsLettersByTheirVietnameseNames() {
		assertThat(SpokenNumber.of("B004")).isEqualTo("bê không không bốn");
		assertThat(SpokenNumber.of("HT001")).isEqualTo("hát tê không không một");
		assertThat(SpokenNumber.of("DDC010")).isEqualTo("dê dê xê không một không");
	}

	@Test
	void toleratesLowerCaseAndSpaces() {
		assertThat(SpokenNumber.of(" c007 ")).isEqualTo("xê không không bảy");
	}

}
