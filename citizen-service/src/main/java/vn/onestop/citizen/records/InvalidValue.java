package vn.onestop.citizen.records;

/** A value that breaks a rule; the message says which, in words a client can show next to the field. */
final class InvalidValue extends RuntimeException {

	InvalidValue(String rule) {
		super(rule, null, false, false);
	}

}
