package vn.onestop.citizen.imports;

/** The file cannot be read on from this line: nothing of it is imported. The reason never quotes the content. */
final class MalformedImport extends RuntimeException {

	private final long line;

	MalformedImport(long line, String reason) {
		super(reason, null, false, false);
		this.line = line;
	}

	long line() {
		return this.line;
	}

}
