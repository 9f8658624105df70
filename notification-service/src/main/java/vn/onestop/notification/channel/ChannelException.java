package vn.onestop.notification.channel;

/**
 * A send that did not go through, or whose fate is unknown. Temporary failures (provider down, 5xx,
 * a timeout before the request went out) are worth retrying and count against the channel's circuit
 * breaker; permanent ones (the provider refused this message) are not. An unknown outcome (a timeout
 * after the request went out) counts against the breaker but must not be retried: the provider may
 * have taken the message. The error class is a short code, never a phone number or address.
 */
public final class ChannelException extends RuntimeException {

	private final boolean permanent;

	private final boolean unknown;

	private final String errorClass;

	private ChannelException(boolean permanent, String errorClass, Throwable cause) {
		this(permanent, false, errorClass, cause);
	}

	private ChannelException(boolean permanent, boolean unknown, String errorClass, Throwable cause) {
		super(errorClass, cause, false, false);
		this.permanent = permanent;
		this.unknown = unknown;
		this.errorClass = errorClass;
	}

	/** The request may have reached the provider: only its receipt can tell whether the message went out. */
	public static ChannelException unknown(String errorClass) {
		return new ChannelException(false, true, errorClass, null);
	}

	public static ChannelException temporary(String errorClass) {
		return new ChannelException(false, errorClass, null);
	}

	public static ChannelException temporary(Throwable cause) {
		return new ChannelException(false, cause.getClass().getSimpleName(), cause);
	}

	public static ChannelException permanent(String errorClass) {
		return new ChannelException(true, errorClass, null);
	}

	public static ChannelException permanent(Throwable cause) {
		return new ChannelException(true, cause.getClass().getSimpleName(), cause);
	}

	public boolean permanent() {
		return this.permanent;
	}

	public boolean unknown() {
		return this.unknown;
	}

	public String errorClass() {
		return this.errorClass;
	}

}
