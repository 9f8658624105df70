package vn.onestop.intake.dossier;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.onestop.support.scheduling.PeriodicTask;

import org.springframework.stereotype.Component;

import vn.onestop.intake.citizen.CitizenServiceClient;
import vn.onestop.intake.citizen.CitizenServiceProperties;

/**
 * Links dossiers received while citizen-service was unavailable, a bounded batch at a time. A batch
 * stops at the first failure (the service is likely still down) and the next tick tries again.
 */
@Component
class LinkingCitizens extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(LinkingCitizens.class);

	private final DossierRepository dossiers;

	private final CitizenServiceClient citizens;

	private final CitizenServiceProperties.Linking settings;

	LinkingCitizens(DossierRepository dossiers, CitizenServiceClient citizens, CitizenServiceProperties properties) {
		super("Linking dossiers to citizens", properties.linking().interval(), properties.linking().interval());
		this.dossiers = dossiers;
		this.citizens = citizens;
		this.settings = properties.linking();
	}

	Mono<Long> linkBatch() {
		return this.dossiers.awaitingCitizen(this.settings.batchSize())
			.concatMap(dossier -> this.citizens.findOrCreate(Citizens.snapshotOf(dossier.submitter()))
				.flatMap(citizen -> this.dossiers.linkCitizen(dossier.id(), citizen)))
			.filter(Boolean::booleanValue)
			.count()
			.onErrorResume(error -> {
				log.info("Citizen linking paused until the next run: {}", error.toString());
				return Mono.just(0L);
			});
	}

	@Override
	public boolean isAutoStartup() {
		return this.settings.enabled();
	}

	@Override
	protected Mono<Long> step() {
		return linkBatch().doOnNext(linked -> {
			if (linked > 0) {
				log.info("Linked {} dossiers to their citizens", linked);
			}
		});
	}

}
