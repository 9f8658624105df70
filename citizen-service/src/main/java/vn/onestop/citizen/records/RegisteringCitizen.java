package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * {@code POST /citizens}: checks the form, who may register in its ward (403 otherwise), that the ward is in force and
 * the personal ID number free, then stores version 1 with the caller as its author.
 */
@Component
class RegisteringCitizen {

	private final WardsInForce wards;

	private final CitizenChangeWriter writer;

	RegisteringCitizen(WardsInForce wards, CitizenChangeWriter writer) {
		this.wards = wards;
		this.writer = writer;
	}

	Mono<Citizen> register(CitizenForm form, Caller caller) {
		return Mono.fromCallable(() -> validated(form))
			.filter(details -> CitizenAccess.mayRegister(caller, details.address().wardCode()))
			.switchIfEmpty(Mono.error(SecurityProblems::forbidden))
			.flatMap(details -> this.wards.require(details.address().wardCode(), today())
				.then(Mono.defer(() -> this.writer.insert(new Citizen(UUID.randomUUID(), details, now(), true, 1),
						caller.name()))));
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
