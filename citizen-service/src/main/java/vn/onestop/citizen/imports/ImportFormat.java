package vn.onestop.citizen.imports;

import java.util.function.Supplier;

/** The file formats an import reads, by their media type. */
enum ImportFormat {

	CSV("text/csv", CsvImportParser::new), JSON("application/json", JsonImportParser::new);

	private final String mediaType;

	private final Supplier<ImportParser> parsers;

	ImportFormat(String mediaType, Supplier<ImportParser> parsers) {
		this.mediaType = mediaType;
		this.parsers = parsers;
	}

	String mediaType() {
		return this.mediaType;
	}

	ImportParser parser() {
		return this.parsers.get();
	}

}
