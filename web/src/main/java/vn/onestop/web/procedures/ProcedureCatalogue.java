package vn.onestop.web.procedures;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.web.api.Api;
import vn.onestop.web.config.VietnamTime;

/** The public catalogue and the appointment preview, from intake through the gateway. */
@Component
public class ProcedureCatalogue {

	/** The API's largest page; a ward's catalogue has a few dozen procedures. */
	static final int PAGE_SIZE = 100;

	private final Api api;

	private final Clock clock;

	ProcedureCatalogue(Api api, Clock clock) {
		this.api = api;
		this.clock = clock;
	}

	/**
	 * The procedures in force whose name, code or field matches the query without accents. The API has no text
	 * search over the catalogue yet, so the page folds the accents of one page of it (public data, not a rule about
	 * who sees what).
	 */
	public Mono<List<Procedure>> search(String query) {
		return this.api.anonymous()
			.get()
			.uri("/intake/procedures", uri -> uri.queryParam("size", PAGE_SIZE).build())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(Procedure.Page.class)
			.map(page -> page.items().stream().filter(procedure -> procedure.matches(query)).toList());
	}

	public Mono<Procedure> one(String code) {
		return this.api.anonymous()
			.get()
			.uri("/intake/procedures/{code}", code)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(Procedure.class);
	}

	/** When a dossier of this procedure received now would be due (the ward's sessions when one is given). */
	public Mono<Appointment> appointment(Procedure procedure, String ward) {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(VietnamTime.ZONE)).withSecond(0).withNano(0);
		return this.api.anonymous()
			.get()
			.uri("/intake/calendar/due-time", uri -> {
				uri.queryParam("receivedAt", now.toString())
					.queryParam("amount", procedure.processingTime().amount())
					.queryParam("unit", procedure.processingTime().unit());
				if (procedure.processingTime().sameDayCutoff() != null) {
					uri.queryParam("sameDayCutoff", procedure.processingTime().sameDayCutoff().toString());
				}
				if (ward != null && ward.matches("\\d{5}")) {
					uri.queryParam("ward", ward);
				}
				return uri.build();
			})
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(Appointment.class);
	}

}
