package vn.onestop.notification.channel;

/**
 * A send that did not go through. Temporary failures (provider down, 5xx, timeouts) are worth
 * retrying and count against the channel's circuit breaker; permanent ones (the provider refused
 * this message) are not. The error class is a short code, never a phone number or address.
 */
public final class ChannelException extends RuntimeException {

	private final boolean permanent;

	private final String errorClass;

	private ChannelException(boolean permanent, String errorClass, Throwable cause) {
		super(errorClass, cause, false, false);
		this.permanent = permanent;
		this.errorClass = errorClass;
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

	public String errorClass() {
		return this.errorClass;
	}

}
