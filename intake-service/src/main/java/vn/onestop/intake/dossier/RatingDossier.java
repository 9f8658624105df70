package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * {@code POST /dossiers/{code}/rating}: once, after the result was returned, by whoever knows the
 * submitter's phone; a wrong phone answers the same 404 as an unknown code and is throttled like a look-up.
 */
@Service
class RatingDossier {

	record Rated(String code, String rating, OffsetDateTime ratedAt) {
	}

	private final CitizenAccessRepository access;

	private final MatchingCodeAndPhone matching;

	private final Clock clock;

	private final MeterRegistry meters;

	RatingDossier(CitizenAccessRepository access, MatchingCodeAndPhone matching, ObjectProvider<Clock> clock,
			MeterRegistry meters) {
		this.access = access;
		this.matching = matching;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
		this.meters = meters;
	}

	Mono<Rated> rate(String code, CitizenRequests.Rate request, String client) {
		Rating rating = Rating.parse(request.rating()).orElseThrow();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String comment = request.comment() == null || request.comment().isBlank() ? null
				: TextRules.nfc(request.comment()).strip();
		return this.matching.match(code, request.phoneLast4(), client)
			.flatMap(match -> {
				if (match.status() != DossierStatus.RETURNED) {
					return Mono.error(LifecycleProblems.notRatable(match.status()));
				}
				return this.access.rate(match.id(), rating, comment, now)
					.flatMap(inserted -> inserted ? Mono.just(match) : Mono.error(LifecycleProblems.alreadyRated()));
			})
			.doOnNext(match -> this.meters.counter("onestop.dossier.ratings", "ward", match.wardCode(), "rating",
					rating.tag()).increment())
			.map(match -> new Rated(code, rating.name(), now.atZone(WorkingCalendar.ZONE).toOffsetDateTime()));
	}

}
