package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.citizen.ward.RecordedMerger;
import vn.onestop.citizen.ward.RecordedMerger.Predecessor;

import static org.assertj.core.api.Assertions.assertThat;

class MergerRehomingTest {

	private static final LocalDate ON = LocalDate.of(2026, 1, 1);

	@Test
	void citizensOfFullPredecessorsMoveThoseOfPartialOnesAreReviewed() {
		MergerRehoming plan = MergerRehoming.of(new RecordedMerger("90009", "Phường Mới", ON,
				List.of(new Predecessor("90001", "Phường Một", false, false), new Predecessor("90002", "Phường Hai", true, false),
						new Predecessor("90003", "Phường Ba", true, true), new Predecessor("90004", "Xã Bốn", false, false))));
		assertThat(plan.movingWards()).containsExactly("90001", "90004");
		assertThat(plan.successorCode()).isEqualTo("90009");
		assertThat(plan.reviews()).extracting(MergerRehoming.Review::wardCode, MergerRehoming.Review::wardContinues)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("90002", false), org.assertj.core.groups.Tuple.tuple("90003", true));
		assertThat(plan.reviews().get(0).reason()).isEqualTo("Phường Hai (90002) was partly merged into Phường Mới (90009) "
				+ "from 2026-01-01; check whether the address now lies in Phường Mới (90009) or in another unit that received part of it.");
		assertThat(plan.reviews().get(1).reason()).endsWith("or still in Phường Ba.");
	}

	@Test
	void aMergerOfOnlyFullOrOnlyPartialPredecessorsHasNothingOnTheOtherSide() {
		assertThat(MergerRehoming.of(new RecordedMerger("90009", "Phường Mới", ON,
				List.of(new Predecessor("90001", "Phường Một", false, false)))).reviews()).isEmpty();
		assertThat(MergerRehoming.of(new RecordedMerger("90009", "Phường Mới", ON,
				List.of(new Predecessor("90001", "Phường Một", true, false)))).movingWards()).isEmpty();
	}

	@Test
	void theMergerIsTheSourceOfItsReviewsAndTheSystemTheActor() {
		assertThat(new RecordedMerger("90009", "Phường Mới", ON, List.of()).source()).isEqualTo("merger:90009@2026-01-01");
		assertThat(MergerRehoming.ACTOR).isEqualTo("system:merger");
	}

}
