package vn.onestop.citizen.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV as RFC 4180 has it, in UTF-8 with an optional byte-order mark: a header row of {@link ImportColumns}, then one
 * record per line; fields quoted with {@code "} may hold commas, line breaks and doubled quotes. Lines end in CRLF or
 * LF; blank lines are skipped. A record's line is the one it starts on. A record with the wrong number of fields or
 * stray quotes is reported; a bad header, invalid UTF-8 or a quote left open at the end breaks the file.
 */
final class CsvImportParser implements ImportParser {

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private ByteBuffer pending = ByteBuffer.allocate(0);

	private final List<String> fields = new ArrayList<>();

	private final StringBuilder field = new StringBuilder();

	private List<String> header;

	private String rowProblem;

	private boolean quoted;

	private boolean afterQuote;

	private boolean fieldStarted;

	private boolean lastWasCarriageReturn;

	private boolean started;

	private long line = 1;

	private long recordLine = 1;

	@Override
	public List<ImportRow> feed(byte[] bytes) {
		ByteBuffer input = ByteBuffer.allocate(this.pending.remaining() + bytes.length).put(this.pending).put(bytes).flip();
		CharBuffer chars = CharBuffer.allocate(input.remaining() + 1);
		CoderResult result = this.decoder.decode(input, chars, false);
		List<ImportRow> rows = read(chars.flip());
		if (result.isError()) {
			throw new MalformedImport(this.line, "is not valid UTF-8");
		}
		this.pending = input.slice();
		return rows;
	}

	@Override
	public List<ImportRow> finish() {
		if (this.pending.hasRemaining()) {
			throw new MalformedImport(this.line, "is not valid UTF-8");
		}
		if (this.quoted) {
			throw new MalformedImport(this.recordLine, "opens a quoted field that is never closed");
		}
		List<ImportRow> rows = new ArrayList<>();
		endRecord(rows);
		if (this.header == null) {
			throw new MalformedImport(1, "needs a header row naming the columns " + ImportColumns.REQUIRED);
		}
		return rows;
	}

	private List<ImportRow> read(CharBuffer chars) {
		List<ImportRow> rows = new ArrayList<>();
		while (chars.hasRemaining()) {
			char c = chars.get();
			if (!this.started) {
				this.started = true;
				if (c == '\uFEFF') {
					continue;
				}
			}
			boolean carriageReturn = this.lastWasCarriageReturn;
			this.lastWasCarriageReturn = false;
			if (this.quoted) {
				quotedChar(c);
			}
			else if (c == '\n') {
				if (!carriageReturn) {
					endRecord(rows);
					nextLine();
				}
			}
			else if (c == '\r') {
				endRecord(rows);
				nextLine();
				this.lastWasCarriageReturn = true;
			}
			else if (c == ',') {
				endField();
			}
			else if (c == '"' && !this.fieldStarted) {
				this.quoted = true;
				this.fieldStarted = true;
			}
			else {
				plainChar(c);
			}
		}
		return rows;
	}

	private void nextLine() {
		this.line++;
		this.recordLine = this.line;
	}

	private void quotedChar(char c) {
		if (c == '"') {
			this.quoted = false;
			this.afterQuote = true;
			return;
		}
		if (c == '\n') {
			this.line++;
		}
		this.field.append(c);
	}

	private void plainChar(char c) {
		if (this.afterQuote) {
			if (c == '"') {
				// a doubled quote inside a quoted field
				this.field.append('"');
				this.quoted = true;
				this.afterQuote = false;
				return;
			}
			problem("has characters after the closing quote of a field");
		}
		else if (c == '"') {
			problem("has a quote inside a field that is not quoted");
		}
		this.fieldStarted = true;
		this.field.append(c);
	}

	private void endField() {
		this.fields.add(this.field.toString());
		this.field.setLength(0);
		this.fieldStarted = false;
		this.afterQuote = false;
	}

	private void endRecord(List<ImportRow> rows) {
		boolean blank = this.fields.isEmpty() && !this.fieldStarted && this.field.isEmpty();
		if (!blank) {
			endField();
			if (this.header == null) {
				this.header = header(this.fields, this.recordLine);
			}
			else {
				rows.add(row());
			}
		}
		this.fields.clear();
		this.field.setLength(0);
		this.fieldStarted = false;
		this.afterQuote = false;
		this.rowProblem = null;
	}

	private ImportRow row() {
		List<ImportError> problems = new ArrayList<>();
		if (this.rowProblem != null) {
			problems.add(new ImportError(this.recordLine, "row", this.rowProblem));
		}
		if (this.fields.size() != this.header.size()) {
			problems.add(new ImportError(this.recordLine, "row",
					"has " + this.fields.size() + " fields where the header has " + this.header.size()));
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(this.fields.size(), this.header.size()); i++) {
			String value = this.fields.get(i);
			values.put(this.header.get(i), value.isBlank() ? null : value);
		}
		return new ImportRow(this.recordLine, values, problems);
	}

	private void problem(String reason) {
		if (this.rowProblem == null) {
			this.rowProblem = reason;
		}
	}

	private static List<String> header(List<String> names, long line) {
		List<String> header = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			String column = name.strip();
			if (!ImportColumns.ALL.contains(column)) {
				throw new MalformedImport(line, "has an unknown column \"" + column + "\"; the columns are " + ImportColumns.ALL);
			}
			if (!seen.add(column)) {
				throw new MalformedImport(line, "names the column " + column + " twice");
			}
			header.add(column);
		}
		List<String> missing = ImportColumns.REQUIRED.stream().filter(column -> !seen.contains(column)).toList();
		if (!missing.isEmpty()) {
			throw new MalformedImport(line, "lacks the required columns " + missing);
		}
		return List.copyOf(header);
	}

}
