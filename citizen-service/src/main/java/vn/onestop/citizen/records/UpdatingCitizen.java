package vn.onestop.citizen.records;

import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * {@code PATCH /citizens/{id}}: merges the patch into the stored citizen, checks the whole result as a new
 * registration would be checked, and stores it only if the client's If-Match still names the stored version.
 * A patch that changes nothing stores nothing. The ward is checked only when it changes, so a citizen whose
 * ward has since been merged away can still correct their phone. Who may patch what is {@link CitizenAccess#mayPatch}.
 */
@Component
class UpdatingCitizen {

	private final CitizenRepository citizens;

	private final WardsInForce wards;

	private final CitizenChangeWriter writer;

	private final JsonMapper json;

	UpdatingCitizen(CitizenRepository citizens, WardsInForce wards, CitizenChangeWriter writer, JsonMapper json) {
		this.citizens = citizens;
		this.wards = wards;
		this.writer = writer;
		this.json = json;
	}

	Mono<Citizen> update(UUID id, IfMatch ifMatch, JsonNode patch, Caller caller) {
		return this.citizens.findById(id)
			.switchIfEmpty(Mono.error(() -> CitizenProblems.notFound(id)))
			.flatMap(current -> {
				CitizenAccess.Verdict verdict = CitizenAccess.mayPatch(caller, current, members(patch));
				if (verdict != CitizenAccess.Verdict.ALLOWED) {
					return Mono.error(verdict == CitizenAccess.Verdict.FORBIDDEN ? SecurityProblems.forbidden()
							: CitizenProblems.notFound(id));
				}
				ifMatch.check(current.version());
				if (!current.active()) {
					return Mono.error(CitizenProblems.inactive());
				}
				CitizenDetails details = RegisteringCitizen.validated(merged(current, patch));
				if (details.equals(current.details())) {
					return Mono.just(current);
				}
				String wardCode = details.address().wardCode();
				Mono<Void> wardCheck = wardCode.equals(current.details().address().wardCode()) ? Mono.empty()
						: this.wards.require(wardCode, RegisteringCitizen.today());
				return wardCheck.then(Mono.defer(() -> this.writer.update(current,
						current.withDetails(details, RegisteringCitizen.now()), HistoryAction.UPDATED, caller.name())));
			});
	}

	private static Set<String> members(JsonNode patch) {
		return patch == null || !patch.isObject() ? Set.of() : Set.copyOf(patch.propertyNames());
	}

	private CitizenForm merged(Citizen current, JsonNode patch) {
		try {
			return CitizenMergePatch.apply(CitizenForm.of(current.details()), patch, this.json);
		}
		catch (InvalidCitizenForm ex) {
			throw CitizenProblems.invalid(ex.problems());
		}
	}

}
