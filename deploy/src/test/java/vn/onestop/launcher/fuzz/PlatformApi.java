package vn.onestop.launcher.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fuzzer learns from a running platform: the operations of every service and the demo tokens. */
public final class PlatformApi {

	/** The OpenAPI document of each service, as the gateway serves it (README, "OpenAPI"). */
	public static final List<String> DOCUMENTS = List.of("/api/v1/docs/intake", "/api/v1/docs/citizen",
			"/api/v1/docs/notification");

	private PlatformApi() {
	}

	/** Every operation of every service's document; fails if a document cannot be read or has none. */
	public static List<ApiOperation> operations(String gateway) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		List<ApiOperation> operations = new ArrayList<>();
		for (String document : DOCUMENTS) {
			HttpResponse<String> response = null;
			// a service builds its document on the first request, which may outlast the gateway's timeout on a loaded machine
			for (int attempt = 0; attempt < 5 && (response == null || response.statusCode() >= 500); attempt++) {
				response = http.send(HttpRequest.newBuilder(URI.create(gateway + document))
					.timeout(Duration.ofSeconds(60))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException(document + " answered " + response.statusCode() + ": " + response.body());
			}
			List<ApiOperation> ofDocument = OpenApiOperations.of(response.body());
			if (ofDocument.isEmpty()) {
				throw new IllegalStateException(document + " lists no operation");
			}
			operations.addAll(ofDocument);
		}
		return operations;
	}

	/** The demo tokens the run command wrote ({@code export ROLE_TOKEN=...}), by role. */
	public static Map<String, String> tokens(Path file) throws IOException {
		Map<String, String> tokens = new TreeMap<>();
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith("export ") && line.contains("_TOKEN=")) {
				String assignment = line.substring("export ".length());
				int equals = assignment.indexOf('=');
				tokens.put(assignment.substring(0, equals), assignment.substring(equals + 1).trim());
			}
		}
		if (tokens.isEmpty()) {
			throw new IllegalStateException("no token in " + file);
		}
		return tokens;
	}

}
