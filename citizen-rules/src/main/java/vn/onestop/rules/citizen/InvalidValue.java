package vn.onestop.rules.citizen;

/** A value that breaks a rule; the message says which, in words a client can show next to the field. */
public final class InvalidValue extends RuntimeException {

	public InvalidValue(String rule) {
		super(rule, null, false, false);
	}

}
