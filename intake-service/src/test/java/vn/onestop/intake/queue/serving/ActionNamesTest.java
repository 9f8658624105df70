package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.queue.model.Refusal;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketStatus;

class ActionNamesTest {

	@Test
	void everyActionOnATicketHasItsNameAndBack() {
		assertThat(ActionNames.all()).containsExactly("recall", "no-show", "reactivate", "transfer", "start", "finish",
				"cancel");
		for (String name : ActionNames.all()) {
			assertThat(ActionNames.parse(name).map(ActionNames::of)).contains(name);
		}
		assertThat(ActionNames.parse("NO_SHOW")).isEmpty();
		assertThat(ActionNames.parse("call")).isEmpty();
	}

	@Test
	void theAllowedActionsOfEachStatusLeaveOutCallingAndClosing() {
		assertThat(ActionNames.allowed(TicketStatus.WAITING)).containsExactly("transfer", "cancel");
		assertThat(ActionNames.allowed(TicketStatus.CALLED)).containsExactly("recall", "no-show", "transfer", "start",
				"cancel");
		assertThat(ActionNames.allowed(TicketStatus.SERVING)).containsExactly("transfer", "finish");
		assertThat(ActionNames.allowed(TicketStatus.NO_SHOW)).containsExactly("reactivate");
		for (TicketStatus last : List.of(TicketStatus.DONE, TicketStatus.CANCELLED, TicketStatus.NOT_SERVED)) {
			assertThat(ActionNames.allowed(last)).isEmpty();
		}
		assertThat(ActionNames.of(TicketAction.NO_SHOW)).isEqualTo("no-show");
	}

	@Test
	void eachRefusalHasItsProblemKind() {
		assertThat(List.of(Refusal.values()).stream().map(ServingProblems::kind)).containsExactly(
				"queue-not-allowed-now", "queue-other-counter", "queue-unknown-counter", "queue-field-not-served-here",
				"queue-unknown-field", "queue-same-field", "queue-not-today");
	}

}
