package vn.onestop.notification.queue;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import vn.onestop.notification.sms.Gsm7Folding;

import static org.assertj.core.api.Assertions.assertThat;

class TurnNearTextTest {

	private static final Predicate<String> ANY_NAME_FITS = name -> true;

	@Test
	void theValuesAreTheNumberTheFoldedWardNameAndWhereTheTicketStands() {
		TurnNearEvent event = new TurnNearEvent("20242", "Phường Hải Châu", "A012", 3, "0901234567",
				LocalDate.of(2026, 12, 8), true);

		assertThat(TurnNearText.values(event, values -> true)).containsExactlyInAnyOrderEntriesOf(
				Map.of("ticketNumber", "A012", "wardName", "Phuong Hai Chau", "turn", "còn 3 người trước bạn"));
	}

	@Test
	void theTurnFoldsToIntakesWording() {
		assertThat(Gsm7Folding.fold(TurnNearText.turn(3))).isEqualTo("con 3 nguoi truoc ban");
		assertThat(Gsm7Folding.fold(TurnNearText.turn(0))).isEqualTo("ban la nguoi tiep theo");
	}

	@Test
	void aNameLongerThanThePlaceholderAllowsIsCutAtAWord() {
		assertThat(TurnNearText.wardName(
				"Trung tâm Phục vụ hành chính công Phường Trương Quang Trọng, Tỉnh Quảng Ngãi", ANY_NAME_FITS))
			.isEqualTo("Trung tam Phuc vu hanh chinh cong Phuong");
		assertThat(TurnNearText.wardName("Phường Hòa Cường Bắc thuộc thành phố Đà Nẵng, Việt Nam", ANY_NAME_FITS))
			.isEqualTo("Phuong Hoa Cuong Bac thuoc thanh pho Da");
	}

	@Test
	void wordsAreDroppedFromTheEndUntilTheMessageFits() {
		assertThat(TurnNearText.wardName("Phường Hải Châu, Đà Nẵng", name -> name.length() <= 16)).isEqualTo("Phuong Hai Chau");
		assertThat(TurnNearText.wardName("Phường Hải Châu", name -> name.length() <= 7)).isEqualTo("Phuong");
	}

	@Test
	void aNameWithoutSpacesIsCutAtTheLimit() {
		assertThat(TurnNearText.wardName("X".repeat(300), ANY_NAME_FITS)).isEqualTo("X".repeat(40));
		assertThat(TurnNearText.wardName("X".repeat(300), name -> name.length() <= 25)).isEqualTo("X".repeat(25));
	}

	@Test
	void whatFoldingLeavesIsTidiedAndAnEmptyNameNamesTheCenter() {
		assertThat(TurnNearText.wardName("  Phường   Hải\tChâu 🏛 ", ANY_NAME_FITS)).isEqualTo("Phuong Hai Chau");
		assertThat(TurnNearText.wardName("", ANY_NAME_FITS)).isEqualTo(TurnNearText.DEFAULT_CENTER_NAME);
		assertThat(TurnNearText.wardName("漢字", ANY_NAME_FITS)).isEqualTo(TurnNearText.DEFAULT_CENTER_NAME);
		assertThat(TurnNearText.wardName("Phường Hải Châu", name -> false)).isEqualTo(TurnNearText.DEFAULT_CENTER_NAME);
	}

}
