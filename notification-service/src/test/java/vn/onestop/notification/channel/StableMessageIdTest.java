package vn.onestop.notification.channel;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StableMessageIdTest {

	private static final UUID ID = UUID.fromString("0b7d3c1e-8a5f-4e2b-9c61-2f4a7d9e3b10");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "khong-tra-loi@motcua.local|motcua.local",
			"Trung tâm Phục vụ hành chính công <khong-tra-loi@HaiChau.DaNang.gov.vn>|haichau.danang.gov.vn",
			"no-domain|motcua.local", "odd@bad domain!|motcua.local", "trailing@|motcua.local" })
	void isOurIdAtTheSendersDomain(String from, String domain) {
		assertThat(StableMessageId.of(ID, from)).isEqualTo("<" + ID + "@" + domain + ">");
	}

	@ParameterizedTest
	@CsvSource({ "khong-tra-loi@motcua.local" })
	void isTheSameForEveryAttemptAtOneMessage(String from) {
		assertThat(StableMessageId.of(ID, from)).isEqualTo(StableMessageId.of(ID, from))
			.isNotEqualTo(StableMessageId.of(UUID.randomUUID(), from));
	}

}
