package vn.onestop.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@link SettlingUnknownSms} every {@code notification.delivery.unknown-sms.interval}, when the SMS
 * provider has a status query and the dispatcher is enabled. Rounds never overlap; a failed round is
 * logged and the loop goes on.
 */
@Component
class UnknownSmsSettler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(UnknownSmsSettler.class);

	private final SettlingUnknownSms settling;

	private final DeliveryProperties properties;

	private Disposable loop;

	UnknownSmsSettler(SettlingUnknownSms settling, DeliveryProperties properties) {
		this.settling = settling;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		this.loop = Flux.interval(this.properties.unknownSms().interval())
			.onBackpressureDrop()
			.concatMap(tick -> this.settling.settleDue().onErrorResume(error -> {
				log.error("Settling UNKNOWN SMS failed; trying again in {}", this.properties.unknownSms().interval(), error);
				return Mono.just(0);
			}), 0)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		if (this.loop != null) {
			this.loop.dispose();
			this.loop = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.loop != null;
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.dispatcherEnabled() && this.settling.canAsk();
	}

}
