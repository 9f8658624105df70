package vn.onestop.intake.dossier;

import java.time.OffsetDateTime;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * {@code POST /lookup}: status, procedure, appointment and ward of a dossier, and whether it was rated, for whoever knows code and phone;
 * wrong pairs are throttled per client ({@link MatchingCodeAndPhone}).
 */
@Service
class LookingUpDossier {

	record Found(DossierView.Status status, String procedureName, OffsetDateTime appointmentAt, String wardCode,
			boolean rated) {
	}

	private final MatchingCodeAndPhone matching;

	LookingUpDossier(MatchingCodeAndPhone matching) {
		this.matching = matching;
	}

	Mono<Found> lookUp(CitizenRequests.Lookup request, String client) {
		return this.matching.match(request.code().strip(), request.phoneLast4(), client)
			.map(match -> new Found(
					new DossierView.Status(match.status().code(), match.status().name(), match.status().label()),
					match.procedureName(), match.dueAt().atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
					match.wardCode(), match.rated()));
	}

}
