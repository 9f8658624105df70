package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.onestop.intake.dossier.DossierCode;
import vn.onestop.intake.queue.model.Outcome;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketCommand;
import vn.onestop.intake.queue.model.Violation;

class TicketCommandsTest {

	private static final String CODE = "000.00.06.H56-261026-0001";

	@ParameterizedTest
	@EnumSource(value = TicketAction.class, names = { "RECALL", "NO_SHOW", "START", "FINISH" })
	void anActionAtTheCounterNamesTheCounter(TicketAction action) {
		ActionRequest request = new ActionRequest(null, null, "GUIDANCE", null, null);
		assertThat(TicketCommands.read(action, request, false, List.of())).isEqualTo(new TicketCommands.Invalid(
				List.of(new Violation("counter", "must name the counter acting on the ticket"))));
		assertThat(TicketCommands.read(action, withCounter(request, 3), false, List.of()))
			.isInstanceOfSatisfying(TicketCommands.Command.class,
					read -> assertThat(read.command().counter()).isEqualTo(3));
	}

	@ParameterizedTest
	@EnumSource(value = TicketAction.class, names = { "CANCEL", "REACTIVATE" })
	void cancellingAndReactivatingNeedNoCounter(TicketAction action) {
		assertThat(TicketCommands.read(action, ActionRequest.empty(), false, List.of()))
			.isInstanceOfSatisfying(TicketCommands.Command.class, read -> {
				assertThat(read.command().action()).isEqualTo(action);
				assertThat(read.command().counter()).isNull();
			});
	}

	@Test
	void aCitizenActsFromNoCounterWhateverTheBodySays() {
		TicketCommands.Read read = TicketCommands.read(TicketAction.CANCEL, new ActionRequest(2, null, null, null, null),
				true, List.of());
		assertThat(read).isEqualTo(new TicketCommands.Command(new TicketCommand.Cancel(null)));
	}

	@Test
	void aTransferNamesItsField() {
		assertThat(TicketCommands.read(TicketAction.TRANSFER, ActionRequest.empty(), false, List.of()))
			.isEqualTo(new TicketCommands.Invalid(
					List.of(new Violation("field", "must name the field to transfer the ticket to"))));
		assertThat(TicketCommands.read(TicketAction.TRANSFER, new ActionRequest(1, "DAT_DAI", null, null, null), false,
				List.of())).isEqualTo(new TicketCommands.Command(new TicketCommand.Transfer(1, "DAT_DAI")));
	}

	@Test
	void aFiledFinishNamingNoDossierTakesThoseFiledFromTheTicketAndNoneIsAFault() {
		ActionRequest filed = new ActionRequest(1, null, "FILED", null, null);
		assertThat(TicketCommands.needsFiledDossiers(TicketAction.FINISH, filed)).isTrue();
		assertThat(TicketCommands.read(TicketAction.FINISH, filed, false, List.of(CODE))).isEqualTo(
				new TicketCommands.Command(new TicketCommand.Finish(1,
						new Outcome.Filed(List.of(DossierCode.parse(CODE).orElseThrow())))));
		assertThat(TicketCommands.read(TicketAction.FINISH, filed, false, List.of()))
			.isInstanceOfSatisfying(TicketCommands.Invalid.class, invalid -> assertThat(invalid.violations())
				.extracting(Violation::field)
				.containsExactly("dossiers"));
	}

	@Test
	void theOutcomesFaultsAreAddressedByTheApisNames() {
		ActionRequest badCode = new ActionRequest(1, null, "FILED", List.of("not-a-code"), null);
		assertThat(TicketCommands.needsFiledDossiers(TicketAction.FINISH, badCode)).isFalse();
		assertThat(TicketCommands.read(TicketAction.FINISH, badCode, false, List.of())).isEqualTo(
				new TicketCommands.Invalid(List.of(new Violation("dossiers[0]",
						"must be a dossier code such as H01.01-250701-0001"))));
		assertThat(TicketCommands.read(TicketAction.FINISH, new ActionRequest(1, null, "MAYBE", null, null), false,
				List.of())).isEqualTo(new TicketCommands.Invalid(
						List.of(new Violation("outcome", "must be FILED, GUIDANCE or REFUSED"))));
		assertThat(TicketCommands.read(TicketAction.FINISH, new ActionRequest(1, null, "REFUSED", null, " lý do "),
				false, List.of())).isEqualTo(
						new TicketCommands.Command(new TicketCommand.Finish(1, new Outcome.Refused("lý do"))));
	}

	@ParameterizedTest
	@EnumSource(value = TicketAction.class, names = { "TAKE", "CALL", "CLOSE" })
	void takingCallingAndClosingAreNotActionsOnATicket(TicketAction action) {
		assertThat(ActionNames.parse(ActionNames.of(action))).isEmpty();
		assertThatThrownBy(() -> TicketCommands.read(action, ActionRequest.empty(), false, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static ActionRequest withCounter(ActionRequest request, int counter) {
		return new ActionRequest(counter, request.field(), request.outcome(), request.dossiers(), request.reason());
	}

}
