package vn.onestop.intake.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FeeTest {

	@Test
	void fixedAndPerItemFeesHaveAnAmountOthersNone() {
		assertThat(new Fee(FeeKind.FIXED, 15000L, null).amountVnd()).isEqualTo(15000L);
		assertThat(new Fee(FeeKind.PER_ITEM, 2000L, "2.000 đồng/trang").kind()).isEqualTo(FeeKind.PER_ITEM);
		assertThat(new Fee(FeeKind.FREE, null, null).amountVnd()).isNull();
		assertThat(new Fee(FeeKind.FIXED, 0L, null).amountVnd()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> new Fee(FeeKind.FIXED, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Fee(FeeKind.FREE, 1L, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Fee(FeeKind.ASSESSED, 1L, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Fee(FeeKind.PER_ITEM, -1L, null));
	}

	@Test
	void channelsParseOnlyTheirExactNames() {
		assertThat(Channel.parse("ONLINE")).contains(Channel.ONLINE);
		assertThat(Channel.parse("online")).isEmpty();
		assertThat(Channel.parse(null)).isEmpty();
	}

}
