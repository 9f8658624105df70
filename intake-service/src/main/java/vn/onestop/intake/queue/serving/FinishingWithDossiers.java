package vn.onestop.intake.queue.serving;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.intake.dossier.TicketDossiers;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketCommand;
import vn.onestop.intake.queue.model.Violation;
import vn.onestop.support.security.Caller;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * Reads an action's body into the model's command ({@link TicketCommands}) with what only the dossiers know: a
 * FILED finish naming no dossier takes those filed from the ticket, and the dossiers a finish names must be dossiers
 * of the ticket's ward. A body at fault answers 400 with its fields.
 */
@Component
class FinishingWithDossiers {

	private final TicketDossiers dossiers;

	FinishingWithDossiers(TicketDossiers dossiers) {
		this.dossiers = dossiers;
	}

	Mono<TicketCommand> command(FindingTicket.Found found, TicketAction action, ActionRequest request, Caller caller) {
		boolean byCitizen = !caller.worksIn(found.setup().ward());
		Mono<List<String>> filed = TicketCommands.needsFiledDossiers(action, request)
				? this.dossiers.filedFrom(found.ticket().id()).collectList() : Mono.just(List.of());
		return filed.flatMap(codes -> {
			TicketCommands.Read read = TicketCommands.read(action, request, byCitizen, codes);
			if (read instanceof TicketCommands.Invalid invalid) {
				return Mono.error(ServingProblems.invalid(errors(invalid.violations())));
			}
			TicketCommand command = ((TicketCommands.Command) read).command();
			return codes.isEmpty() && command instanceof TicketCommand.Finish finish ? ofTheWard(found, request, finish)
					: Mono.just(command);
		});
	}

	private Mono<TicketCommand> ofTheWard(FindingTicket.Found found, ActionRequest request, TicketCommand.Finish finish) {
		List<String> named = request.dossiers() == null ? List.of() : request.dossiers();
		if (named.isEmpty()) {
			return Mono.just(finish);
		}
		return this.dossiers.ofWard(found.setup().ward(), named).collect(HashSet<String>::new, Set::add).flatMap(known -> {
			List<FieldError> unknown = new ArrayList<>();
			for (int i = 0; i < named.size(); i++) {
				if (!known.contains(named.get(i))) {
					unknown.add(new FieldError("dossiers[" + i + "]", "is not a dossier of this ward"));
				}
			}
			return unknown.isEmpty() ? Mono.just(finish) : Mono.error(ServingProblems.invalid(unknown));
		});
	}

	private static List<FieldError> errors(List<Violation> violations) {
		return violations.stream().map(violation -> new FieldError(violation.field(), violation.message())).toList();
	}

}
