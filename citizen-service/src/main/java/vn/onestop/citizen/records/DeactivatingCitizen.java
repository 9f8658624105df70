package vn.onestop.citizen.records;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * {@code POST /citizens/{id}/deactivation}: citizens are never deleted, only marked inactive, under the same
 * If-Match rule as any change. Deactivating an inactive citizen changes nothing and answers the citizen.
 */
@Component
class DeactivatingCitizen {

	private final CitizenRepository citizens;

	private final CitizenChangeWriter writer;

	DeactivatingCitizen(CitizenRepository citizens, CitizenChangeWriter writer) {
		this.citizens = citizens;
		this.writer = writer;
	}

	Mono<Citizen> deactivate(UUID id, IfMatch ifMatch) {
		return this.citizens.findById(id)
			.switchIfEmpty(Mono.error(() -> CitizenProblems.notFound(id)))
			.flatMap(current -> {
				ifMatch.check(current.version());
				return current.active() ? this.writer.update(current, current.deactivated(), HistoryAction.DEACTIVATED)
						: Mono.just(current);
			});
	}

}
