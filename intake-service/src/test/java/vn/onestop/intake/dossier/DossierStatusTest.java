package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.procedure.Channel;

class DossierStatusTest {

	@Test
	void theTenNationalCodesInOrder() {
		assertThat(Arrays.stream(DossierStatus.values()).mapToInt(DossierStatus::code))
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(DossierStatus.ofCode(2)).isEqualTo(DossierStatus.RECEIVED);
		assertThat(DossierStatus.ofCode(10).label()).isEqualTo("Đã trả kết quả");
		for (DossierStatus status : DossierStatus.values()) {
			assertThat(DossierStatus.ofCode(status.code())).isSameAs(status);
			assertThat(status.label()).isNotBlank();
		}
	}

	@Test
	void unknownCodesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DossierStatus.ofCode(0));
		assertThatIllegalArgumentException().isThrownBy(() -> DossierStatus.ofCode(11));
	}

	@Test
	void aCounterIntakeIsReceivedAndOtherChannelsAwaitAcceptance() {
		assertThat(DossierStatus.initialFor(Channel.IN_PERSON)).isEqualTo(DossierStatus.RECEIVED);
		assertThat(DossierStatus.initialFor(Channel.ONLINE)).isEqualTo(DossierStatus.SUBMITTED_ONLINE);
		assertThat(DossierStatus.initialFor(Channel.POSTAL)).isEqualTo(DossierStatus.SUBMITTED_ONLINE);
	}

}
