package vn.onestop.intake.dossier;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.SecurityProblems;

@RestController
@Tag(name = "Dossiers")
class OwnDossiersResource {

	private final OwnDossiers own;

	OwnDossiersResource(OwnDossiers own) {
		this.own = own;
	}

	@GetMapping("/my-dossiers")
	@Operation(summary = "The signed-in citizen's own dossiers, newest first (at most 100)",
			description = "CITIZEN tokens only, by the personal ID number the token names: status, procedure, ward, "
					+ "receipt time and appointment. 403 for any other token.")
	Mono<List<OwnDossiers.Item>> mine() {
		return Callers.current()
			.flatMap(caller -> caller.has(Role.CITIZEN) && caller.personalId() != null ? this.own.of(caller.personalId())
					: Mono.error(SecurityProblems.forbidden()));
	}

}
