package vn.onestop.notification.channel;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Whether one send's request has started to go out to the provider, carried in the send's Reactor
 * context from the HTTP client's request hook to whoever turns a failure into a {@link ChannelException}.
 * A timeout before that point is a plain temporary failure, worth retrying; after it the provider may
 * already have taken the message, so the outcome is unknown and the message must not be sent again.
 */
final class RequestWritten {

	private static final Class<RequestWritten> KEY = RequestWritten.class;

	private final AtomicBoolean written = new AtomicBoolean();

	static RequestWritten in(ContextView context) {
		return context.getOrDefault(KEY, new RequestWritten());
	}

	/** Called by the HTTP client as the request is about to be written on its connection. */
	static void markIn(ContextView context) {
		context.<RequestWritten>getOrEmpty(KEY).ifPresent(flag -> flag.written.set(true));
	}

	Context into(Context context) {
		return context.hasKey(KEY) ? context : context.put(KEY, this);
	}

	boolean written() {
		return this.written.get();
	}

	/** A timeout once the request went out leaves the outcome unknown; anything else is temporary. */
	ChannelException failure(Throwable error) {
		String errorClass = root(error).getClass().getSimpleName();
		return written() && isTimeout(error) ? ChannelException.unknown(errorClass) : ChannelException.temporary(errorClass);
	}

	private static boolean isTimeout(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static Throwable root(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
