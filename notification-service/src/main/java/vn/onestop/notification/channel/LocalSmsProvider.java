package vn.onestop.notification.channel;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

import vn.onestop.support.privacy.Masking;

/** Records SMS in memory (the latest {@value #KEPT}) for the embedded run instead of sending them. */
final class LocalSmsProvider implements SmsProvider {

	static final int KEPT = 1000;

	private static final Logger log = LoggerFactory.getLogger(LocalSmsProvider.class);

	private final Deque<RecordedSms> recorded = new ArrayDeque<>();

	@Override
	public String name() {
		return "local";
	}

	@Override
	public Mono<String> send(OutgoingMessage message, String brandname) {
		return Mono.fromSupplier(() -> {
			record(new RecordedSms(message.id(), message.recipient(), brandname, message.text(), Instant.now()));
			log.info("SMS {} from {} to {} recorded locally ({} characters), not sent", message.id(), brandname,
					Masking.mask(message.recipient()), message.text().length());
			return "local-" + message.id();
		});
	}

	synchronized List<RecordedSms> recorded() {
		return List.copyOf(this.recorded);
	}

	private synchronized void record(RecordedSms sms) {
		if (this.recorded.size() == KEPT) {
			this.recorded.removeFirst();
		}
		this.recorded.addLast(sms);
	}

	record RecordedSms(java.util.UUID id, String phone, String brandname, String text, Instant at) {
	}

}
