package vn.onestop.citizen.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON array of objects, read token by token as the bytes arrive (Jackson's non-blocking parser), so the file is
 * never held whole. Members are the {@link ImportColumns}; {@code address} and {@code preferences} may also be nested
 * objects. Values are strings, numbers, booleans or null. An element that is not such an object is reported; a
 * syntax error or anything but an array breaks the file. A row's line is the one its object opens on.
 */
final class JsonImportParser implements ImportParser {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private static final List<String> NESTED = List.of("address", "preferences");

	private final JsonParser parser = JSON.createNonBlockingByteArrayParser(ObjectReadContext.empty());

	private State state = State.BEFORE_ARRAY;

	private Row row;

	@Override
	public List<ImportRow> feed(byte[] bytes) {
		try {
			((ByteArrayFeeder) this.parser.nonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
			return read();
		}
		catch (JacksonException ex) {
			throw malformed(ex);
		}
	}

	@Override
	public List<ImportRow> finish() {
		try {
			this.parser.nonBlockingInputFeeder().endOfInput();
			List<ImportRow> rows = read();
			if (this.state != State.AFTER_ARRAY) {
				throw new MalformedImport(line(), this.state == State.BEFORE_ARRAY ? "must be a JSON array of objects"
						: "ends before the array is closed");
			}
			return rows;
		}
		catch (JacksonException ex) {
			throw malformed(ex);
		}
	}

	private List<ImportRow> read() {
		List<ImportRow> rows = new ArrayList<>();
		JsonToken token;
		while ((token = this.parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
			switch (this.state) {
				case BEFORE_ARRAY -> {
					if (token != JsonToken.START_ARRAY) {
						throw new MalformedImport(line(), "must be a JSON array of objects");
					}
					this.state = State.IN_ARRAY;
				}
				case IN_ARRAY -> element(token, rows);
				case IN_ROW -> member(token, rows);
				case IN_OTHER_ELEMENT -> otherElement(token, rows);
				case AFTER_ARRAY -> throw new MalformedImport(line(), "has content after the array");
			}
		}
		return rows;
	}

	private void element(JsonToken token, List<ImportRow> rows) {
		if (token == JsonToken.END_ARRAY) {
			this.state = State.AFTER_ARRAY;
			return;
		}
		this.row = new Row(line());
		if (token == JsonToken.START_OBJECT) {
			this.state = State.IN_ROW;
			return;
		}
		this.row.problem("row", "must be a JSON object");
		if (token.isStructStart()) {
			this.row.skipping = 1;
			this.state = State.IN_OTHER_ELEMENT;
		}
		else {
			finishRow(rows);
		}
	}

	private void otherElement(JsonToken token, List<ImportRow> rows) {
		if (this.row.skip(token)) {
			finishRow(rows);
		}
	}

	private void member(JsonToken token, List<ImportRow> rows) {
		Row current = this.row;
		if (current.skipping > 0) {
			if (current.skip(token)) {
				current.name = null;
			}
			return;
		}
		switch (token) {
			case PROPERTY_NAME -> current.name = this.parser.currentName();
			case END_OBJECT -> {
				if (current.prefix != null) {
					current.prefix = null;
				}
				else {
					finishRow(rows);
				}
			}
			case START_OBJECT -> {
				if (current.prefix == null && NESTED.contains(current.name)) {
					current.prefix = current.name + ".";
				}
				else {
					current.problem(current.column(), "must be a string, number or boolean");
					current.skipping = 1;
				}
			}
			case START_ARRAY -> {
				current.problem(current.column(), "must be a string, number or boolean");
				current.skipping = 1;
			}
			case VALUE_NULL -> current.put(null);
			default -> current.put(this.parser.getString());
		}
	}

	private void finishRow(List<ImportRow> rows) {
		rows.add(this.row.done());
		this.row = null;
		this.state = State.IN_ARRAY;
	}

	private long line() {
		return Math.max(1, this.parser.currentTokenLocation().getLineNr());
	}

	private MalformedImport malformed(JacksonException ex) {
		long line = ex.getLocation() != null && ex.getLocation().getLineNr() > 0 ? ex.getLocation().getLineNr() : line();
		return new MalformedImport(line, ex instanceof UnexpectedEndOfInputException && this.state != State.BEFORE_ARRAY
				? "ends before the array is closed" : "is not valid JSON");
	}

	private enum State {

		BEFORE_ARRAY, IN_ARRAY, IN_ROW, IN_OTHER_ELEMENT, AFTER_ARRAY

	}

	/** The row being read: values so far, problems so far, and how deep inside a value it must skip. */
	private static final class Row {

		private final long line;

		private final Map<String, String> values = new LinkedHashMap<>();

		private final List<ImportError> problems = new ArrayList<>();

		private String name;

		private String prefix;

		private int skipping;

		Row(long line) {
			this.line = line;
		}

		String column() {
			return this.prefix == null ? this.name : this.prefix + this.name;
		}

		void put(String value) {
			String column = column();
			if (!ImportColumns.ALL.contains(column)) {
				problem(column, "is not an import column; the columns are " + ImportColumns.ALL);
			}
			else if (this.values.containsKey(column)) {
				problem(column, "is given twice");
			}
			else {
				this.values.put(column, value == null || value.isBlank() ? null : value);
			}
			this.name = null;
		}

		void problem(String field, String reason) {
			this.problems.add(new ImportError(this.line, field, reason));
		}

		/** Steps over one token of a value being skipped; true when the value has ended. */
		boolean skip(JsonToken token) {
			this.skipping += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
			return this.skipping == 0;
		}

		ImportRow done() {
			return new ImportRow(this.line, this.values, this.problems);
		}

	}

}
