package vn.onestop.intake.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.onestop.support.outbox.Backoff;
import vn.onestop.support.scheduling.PeriodicTask;

import org.springframework.stereotype.Component;

import vn.onestop.intake.citizen.CitizenServiceClient;
import vn.onestop.intake.citizen.CitizenServiceProperties;
import vn.onestop.intake.citizen.LinkOutcome;

/**
 * Links dossiers received while citizen-service was unavailable. Each dossier is tried on its own schedule: a failed
 * attempt puts only that dossier back (with backoff), so one dossier citizen-service chokes on never holds up the
 * others. A refused one (a 4xx) is kept with its reason and waits for an officer's correction.
 */
@Component
class LinkingCitizens extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(LinkingCitizens.class);

	private final CitizenLinkRepository links;

	private final CitizenServiceClient citizens;

	private final CitizenServiceProperties.Linking settings;

	private final Backoff backoff;

	LinkingCitizens(CitizenLinkRepository links, CitizenServiceClient citizens, CitizenServiceProperties properties) {
		super("Linking dossiers to citizens", properties.linking().interval(), properties.linking().interval());
		this.links = links;
		this.citizens = citizens;
		this.settings = properties.linking();
		this.backoff = new Backoff(this.settings.retryFirst(), this.settings.retryMax());
	}

	/** The number of dossiers linked in this batch. */
	Mono<Long> linkBatch() {
		return this.links.claimDue(this.settings.batchSize(), this.settings.claimFor())
			.flatMap(claimed -> this.citizens.link(Citizens.snapshotOf(claimed.dossier().submitter()))
				.flatMap(outcome -> record(claimed, outcome)), this.settings.concurrency())
			.filter(Boolean::booleanValue)
			.count();
	}

	private Mono<Boolean> record(CitizenLinkRepository.Claimed claimed, LinkOutcome outcome) {
		if (outcome instanceof LinkOutcome.Linked linked) {
			return this.links.linked(claimed, linked.citizenId());
		}
		if (outcome instanceof LinkOutcome.Refused refused) {
			return this.links.refused(claimed, refused.refusal()).thenReturn(false);
		}
		return this.links.failed(claimed, this.backoff.delayAfter(claimed.attempts() + 1)).thenReturn(false);
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
