package vn.onestop.intake.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
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

	/**
	 * The number of dossiers linked in this batch: up to {@code batchSize} due dossiers, claimed {@code concurrency}
	 * at a time so that each claim is held only as long as one round of calls takes. A replica that dies mid-batch
	 * leaves at most one round's dossiers hidden, for {@code claimFor}.
	 */
	Mono<Long> linkBatch() {
		int rounds = Math.max(1, (this.settings.batchSize() + this.settings.concurrency() - 1) / this.settings.concurrency());
		return Flux.range(0, rounds)
			.concatMap(round -> linkRound())
			.takeUntil(round -> round.claimed() < this.settings.concurrency())
			.reduce(0L, (linked, round) -> linked + round.linked());
	}

	private Mono<Round> linkRound() {
		return this.links.claimDue(this.settings.concurrency(), this.settings.claimFor())
			.flatMap(claimed -> this.citizens.link(Citizens.snapshotOf(claimed.dossier().submitter()))
				.flatMap(outcome -> record(claimed, outcome)), this.settings.concurrency())
			.reduce(new Round(0, 0), (round, linked) -> new Round(round.claimed() + 1, round.linked() + (linked ? 1 : 0)));
	}

	private Mono<Boolean> record(CitizenLinkRepository.Claimed claimed, LinkOutcome outcome) {
		Mono<Boolean> recorded;
		if (outcome instanceof LinkOutcome.Linked linked) {
			recorded = this.links.linked(claimed, linked.citizenId());
		}
		else if (outcome instanceof LinkOutcome.Refused refused) {
			recorded = this.links.refused(claimed, refused.refusal());
		}
		else {
			recorded = this.links.failed(claimed, this.backoff.delayAfter(claimed.attempts() + 1));
		}
		return recorded.doOnNext(kept -> {
			if (!kept) {
				log.warn("The claim on dossier {} ran out before its outcome was written; it is tried again",
						claimed.dossier().code());
			}
		}).map(kept -> kept && outcome instanceof LinkOutcome.Linked);
	}

	private record Round(int claimed, long linked) {
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
