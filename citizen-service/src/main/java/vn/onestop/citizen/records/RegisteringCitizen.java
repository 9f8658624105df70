package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** {@code POST /citizens}: checks the form, the ward and the personal ID number, then stores version 1. */
@Component
class RegisteringCitizen {

	private final WardsInForce wards;

	private final CitizenChangeWriter writer;

	RegisteringCitizen(WardsInForce wards, CitizenChangeWriter writer) {
		this.wards = wards;
		this.writer = writer;
	}

	Mono<Citizen> register(CitizenForm form) {
		return Mono.fromCallable(() -> validated(form))
			.flatMap(details -> this.wards.require(details.address().wardCode(), today())
				.then(Mono.defer(() -> this.writer.insert(new Citizen(UUID.randomUUID(), details, now(), true, 1)))));
	}

	static CitizenDetails validated(CitizenForm form) {
		try {
			return CitizenFormValidator.validate(form, today());
		}
		catch (InvalidCitizenForm ex) {
			throw CitizenProblems.invalid(ex.problems());
		}
	}

	/** Now, to the microsecond PostgreSQL keeps, so an answer shows what a later read will. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	static LocalDate today() {
		return LocalDate.now(CitizenFormValidator.VIETNAM);
	}

}
