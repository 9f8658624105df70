package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlmostYourTurnTest {

	/**
	 * Stands in for the platform's GSM-7 folding (notification-service's Gsm7Folding), which intake cannot import:
	 * marks off, đ→d. The rule's own guarantees are tested with producers that do worse.
	 */
	private static final UnaryOperator<String> UNACCENT = text -> Normalizer
		.normalize(text, Normalizer.Form.NFD)
		.replaceAll("\\p{M}", "")
		.replace('đ', 'd')
		.replace('Đ', 'D');

	/** Every character a single GSM-7 septet of the basic table, so the length is the length on the wire. */
	private static final String ONE_SEPTET_EACH = "[A-Za-z0-9 .,'()/:-]*";

	private static final TicketNumber A012 = new TicketNumber("A", 12);

	@Test
	void theTextSaysTheNumberTheWardAndThePeopleAheadUnaccented() {
		assertThat(AlmostYourTurn.text(A012, "Phường Hải Châu", 3, UNACCENT)).isEqualTo(
				"Sap den luot so A012 tai Phuong Hai Chau: con 3 nguoi truoc ban. Moi ong/ba co mat tai khu vuc cho de kip len quay.");
	}

	@Test
	void nobodyAheadMeansYouAreNext() {
		assertThat(AlmostYourTurn.text(A012, "Phường Đông Hòa", 0, UNACCENT)).isEqualTo(
				"Sap den luot so A012 tai Phuong Dong Hoa: ban la nguoi tiep theo. Moi ong/ba co mat tai khu vuc cho de kip len quay.");
	}

	@Test
	void aLongWardNameIsShortenedAtAWordToKeepOneSegment() {
		String ward = "Trung tâm Phục vụ hành chính công Phường Trương Quang Trọng, Tỉnh Quảng Ngãi, Việt Nam";
		String text = AlmostYourTurn.text(new TicketNumber("ABC", 999), ward, 998, UNACCENT);
		assertThat(text).hasSizeLessThanOrEqualTo(AlmostYourTurn.MAX_LENGTH).matches(ONE_SEPTET_EACH);
		assertThat(text).startsWith("Sap den luot so ABC999 tai Trung tam Phuc vu hanh chinh cong Phuong Truong Quang:")
			.endsWith(": con 998 nguoi truoc ban. Moi ong/ba co mat tai khu vuc cho de kip len quay.");
	}

	@Test
	void aWardNameWithoutSpacesIsCutAtTheLimit() {
		String text = AlmostYourTurn.text(new TicketNumber("ABC", 999), "X".repeat(300), 998, UNACCENT);
		assertThat(text).hasSize(AlmostYourTurn.MAX_LENGTH);
	}

	@Test
	void whatTheProducerLeavesOutsideTheSafeSetIsDroppedSoTheTextStaysGsm7() {
		String text = AlmostYourTurn.text(A012, "Phường Hải Châu 🏛 {Đà Nẵng} €", 3, UnaryOperator.identity());
		assertThat(text).matches(ONE_SEPTET_EACH).hasSizeLessThanOrEqualTo(AlmostYourTurn.MAX_LENGTH);
		assertThat(text).startsWith("Sap den luot so A012 tai Ph ng H i Ch u N ng:");
	}

	@Test
	void theProducerTurnsTheWardNameIntoText() {
		assertThat(AlmostYourTurn.text(A012, "Phường Hải Châu", 1, name -> "Hai Chau")).startsWith(
				"Sap den luot so A012 tai Hai Chau: con 1 nguoi truoc ban.");
	}

	@Test
	void withoutAWardNameTheTextLeavesThePlaceOut() {
		assertThat(AlmostYourTurn.text(A012, null, 2, UNACCENT)).startsWith("Sap den luot so A012: con 2 nguoi truoc ban.");
		assertThat(AlmostYourTurn.text(A012, "漢字", 2, UNACCENT)).startsWith("Sap den luot so A012: con 2");
	}

	@ParameterizedTest(name = "ahead now {0}, when taken {1}, K {2}, consent {3}, sent {4} -> {5}")
	@CsvSource({ "5, 8, 5, true, false, true", "4, 8, 5, true, false, true", "6, 8, 5, true, false, false",
			"0, 8, 5, true, false, true", "5, 5, 5, true, false, false", "3, 4, 5, true, false, false",
			"5, 6, 5, true, false, true", "5, 8, 5, false, false, false", "5, 8, 5, true, true, false",
			"1, 2, 1, true, false, true" })
	void theSmsGoesOnceWhenTheTicketComesWithinKPlaces(int aheadNow, int aheadWhenTaken, int notifyAhead,
			boolean consentedPhone, boolean alreadySent, boolean due) {
		assertThat(AlmostYourTurn.due(aheadNow, aheadWhenTaken, notifyAhead, consentedPhone, alreadySent)).isEqualTo(due);
	}

}
