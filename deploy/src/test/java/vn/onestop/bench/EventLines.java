package vn.onestop.bench;

import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** The lines of an event stream, handed one by one to a consumer, without a thread per stream. */
final class EventLines implements Flow.Subscriber<String> {

	private final Consumer<String> consumer;

	EventLines(Consumer<String> consumer) {
		this.consumer = consumer;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(String line) {
		this.consumer.accept(line);
	}

	@Override
	public void onError(Throwable error) {
	}

	@Override
	public void onComplete() {
	}

}
