package vn.onestop.notification.delivery;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import vn.onestop.support.scheduling.PeriodicTask;

/**
 * Runs {@link SettlingUnknownSms} every {@code notification.delivery.unknown-sms.interval}, when the SMS
 * provider has a status query and the dispatcher is enabled. Rounds never overlap; a failed round is
 * logged and the next one tries again.
 */
@Component
class UnknownSmsSettler extends PeriodicTask {

	private final SettlingUnknownSms settling;

	private final DeliveryProperties properties;

	UnknownSmsSettler(SettlingUnknownSms settling, DeliveryProperties properties) {
		super("Settling UNKNOWN SMS", properties.unknownSms().interval(), properties.unknownSms().interval());
		this.settling = settling;
		this.properties = properties;
	}

	@Override
	protected Mono<?> step() {
		return this.settling.settleDue();
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.dispatcherEnabled() && this.settling.canAsk();
	}

}
