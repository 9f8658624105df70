package vn.onestop.intake.dossier;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.onestop.intake.citizen.CitizenServiceClient;
import vn.onestop.intake.citizen.CitizenServiceProperties;

/**
 * Links dossiers received while citizen-service was unavailable, a bounded batch at a time. A batch
 * stops at the first failure (the service is likely still down) and the next tick tries again.
 */
@Component
class LinkingCitizens implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LinkingCitizens.class);

	private final DossierRepository dossiers;

	private final CitizenServiceClient citizens;

	private final CitizenServiceProperties.Linking settings;

	private volatile Disposable running;

	LinkingCitizens(DossierRepository dossiers, CitizenServiceClient citizens, CitizenServiceProperties properties) {
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
	public void start() {
		if (!this.settings.enabled()) {
			return;
		}
		Duration interval = this.settings.interval();
		this.running = Flux.interval(interval, interval)
			.onBackpressureDrop()
			.concatMap(tick -> linkBatch(), 1)
			.subscribe(linked -> {
				if (linked > 0) {
					log.info("Linked {} dossiers to their citizens", linked);
				}
			}, error -> log.error("Citizen linking stopped", error));
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null && !this.running.isDisposed();
	}

}
