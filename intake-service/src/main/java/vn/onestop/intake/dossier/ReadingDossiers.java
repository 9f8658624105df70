package vn.onestop.intake.dossier;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.onestop.intake.procedure.ProcedureRepository;

/** A dossier with the procedure version it was received under, as view or receipt; 404 when unknown. */
@Service
class ReadingDossiers {

	private final DossierRepository dossiers;

	private final ProcedureRepository procedures;

	private final DossierProperties properties;

	ReadingDossiers(DossierRepository dossiers, ProcedureRepository procedures, DossierProperties properties) {
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.properties = properties;
	}

	Mono<DossierView> view(String code) {
		return find(code).flatMap(dossier -> this.procedures.byId(dossier.procedureVersionId())
			.map(version -> DossierView.of(dossier, version)));
	}

	Mono<Receipt> receipt(String code) {
		return find(code).flatMap(dossier -> this.procedures.byId(dossier.procedureVersionId())
			.map(version -> Receipt.assemble(dossier, version,
					this.properties.officeOf(dossier.wardCode(), dossier.code().agencyCode()))));
	}

	private Mono<Dossier> find(String code) {
		if (DossierCode.parse(code).isEmpty()) {
			return Mono.error(DossierProblems.notFound());
		}
		return this.dossiers.findByCode(code).switchIfEmpty(Mono.error(DossierProblems::notFound));
	}

}
