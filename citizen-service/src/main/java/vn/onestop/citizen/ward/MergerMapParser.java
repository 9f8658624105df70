package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the value rows of merger-map.sql ({@code INSERT INTO bando_co_dvch (ma, ten, magoc, malk, truocsapnhap)}). */
public final class MergerMapParser {

	private static final String QUOTED = "'((?:[^']|'')*)'";

	private static final Pattern ROW = Pattern.compile("^\\s*\\(" + QUOTED + ",\\s*" + QUOTED + ",\\s*(?:NULL|" + QUOTED
			+ "),\\s*(?:NULL|" + QUOTED + "),\\s*" + QUOTED + "\\)\\s*[,;]?\\s*$");

	private MergerMapParser() {
	}

	public static List<MergerMapRow> parse(InputStream sql) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(sql, StandardCharsets.UTF_8))) {
			return parse(reader.lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<MergerMapRow> parse(List<String> lines) {
		List<MergerMapRow> rows = new ArrayList<>();
		for (String line : lines) {
			parseRow(line).ifPresent(rows::add);
		}
		return rows;
	}

	static Optional<MergerMapRow> parseRow(String line) {
		Matcher m = ROW.matcher(line);
		if (!m.matches()) {
			if (line.stripLeading().startsWith("('")) {
				throw new IllegalArgumentException("Unreadable merger-map row: " + line);
			}
			return Optional.empty();
		}
		return Optional.of(new MergerMapRow(text(m.group(1)), VietnameseNames.nfc(text(m.group(2))),
				text(m.group(3)), VietnameseNames.nfc(text(m.group(5)))));
	}

	/** Splits a {@code truocsapnhap} list at the commas outside parentheses: hints may hold commas themselves. */
	public static List<String> splitList(String formedFrom) {
		List<String> items = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (char c : formedFrom.toCharArray()) {
			if (c == ',' && depth == 0) {
				addItem(items, current);
				continue;
			}
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			current.append(c);
		}
		addItem(items, current);
		return items;
	}

	private static void addItem(List<String> items, StringBuilder current) {
		String item = current.toString().strip();
		if (!item.isEmpty()) {
			items.add(item);
		}
		current.setLength(0);
	}

	private static String text(String quoted) {
		return quoted == null ? null : quoted.replace("''", "'");
	}

}
