package vn.onestop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The launcher's demo-tokens.env: lines {@code export NAME=value}. */
final class Tokens {

	private Tokens() {
	}

	static Map<String, String> read(Path file) throws IOException {
		Map<String, String> tokens = new HashMap<>();
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith("export ") && line.indexOf('=') > 0) {
				String assignment = line.substring("export ".length());
				int equals = assignment.indexOf('=');
				tokens.put(assignment.substring(0, equals).trim(), assignment.substring(equals + 1).trim());
			}
		}
		return tokens;
	}

}
