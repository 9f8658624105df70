package vn.onestop.citizen.records;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.support.security.Caller;

/**
 * A citizen, their history, or a citizen found by personal ID number, for those {@link CitizenAccess#mayRead} lets
 * read it; anyone else gets exactly the 404 of a missing citizen. The wards deciding an open partial-merger review
 * of the citizen are looked up only for staff who do not work in the citizen's ward.
 */
@Component
class ReadingCitizens {

	private final CitizenRepository citizens;

	private final CitizenHistoryRepository history;

	private final CitizenReviewRepository reviews;

	ReadingCitizens(CitizenRepository citizens, CitizenHistoryRepository history, CitizenReviewRepository reviews) {
		this.citizens = citizens;
		this.history = history;
		this.reviews = reviews;
	}

	Mono<Citizen> byId(UUID id, Caller caller) {
		return this.citizens.findById(id)
			.flatMap(citizen -> readable(citizen, caller))
			.switchIfEmpty(Mono.error(() -> CitizenProblems.notFound(id)));
	}

	Mono<Citizen> byIdNumber(String idNumber, Caller caller) {
		return this.citizens.findByIdNumber(idNumber)
			.flatMap(citizen -> readable(citizen, caller))
			.switchIfEmpty(Mono.error(CitizenProblems::noCitizenWithIdNumber));
	}

	Mono<List<HistoryEntryView>> history(UUID id, Caller caller) {
		return byId(id, caller).flatMap(citizen -> this.history.rows(id).collectList()).map(HistoryEntryView::of);
	}

	private Mono<Citizen> readable(Citizen citizen, Caller caller) {
		if (CitizenAccess.mayRead(caller, citizen, Set.of())) {
			return Mono.just(citizen);
		}
		if (caller.staffWards().isEmpty()) {
			return Mono.empty();
		}
		return this.reviews.openMergerSuccessors(citizen.id())
			.collect(Collectors.toSet())
			.filter(wards -> CitizenAccess.mayRead(caller, citizen, wards))
			.map(wards -> citizen);
	}

}
