package vn.onestop.notification.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageStatusTest {

	@ParameterizedTest
	@CsvSource({ "CREATED, SENDING", "TEMPORARY_FAILURE, SENDING", "SENDING, SENDING", "SENDING, SENT",
			"SENDING, TEMPORARY_FAILURE", "SENDING, PERMANENT_FAILURE", "SENDING, TECHNICAL_FAILURE", "SENDING, CREATED",
			"SENT, DELIVERED", "SENT, PERMANENT_FAILURE", "UNKNOWN, DELIVERED", "UNKNOWN, PERMANENT_FAILURE", "UNKNOWN, SENT",
			"UNKNOWN, TEMPORARY_FAILURE" })
	void allows(MessageStatus from, MessageStatus to) {
		assertThat(from.canBecome(to)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "CREATED, SENT", "CREATED, DELIVERED", "TEMPORARY_FAILURE, SENT", "SENDING, DELIVERED", "SENT, SENDING",
			"SENT, TEMPORARY_FAILURE", "SENT, CREATED", "UNKNOWN, SENDING", "UNKNOWN, CREATED" })
	void refuses(MessageStatus from, MessageStatus to) {
		assertThat(from.canBecome(to)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = MessageStatus.class, names = { "DELIVERED", "PERMANENT_FAILURE", "TECHNICAL_FAILURE" })
	void finalStatesGoNowhere(MessageStatus status) {
		assertThat(status.isFinal()).isTrue();
		for (MessageStatus next : MessageStatus.values()) {
			assertThat(status.canBecome(next)).isFalse();
		}
	}

	@Test
	void theDispatcherClaimsOnlyWaitingOrAbandonedMessages() {
		assertThat(MessageStatus.DUE).containsExactlyInAnyOrder(MessageStatus.CREATED, MessageStatus.TEMPORARY_FAILURE,
				MessageStatus.SENDING);
		assertThat(MessageStatus.SENT.isFinal()).isFalse();
	}

}
