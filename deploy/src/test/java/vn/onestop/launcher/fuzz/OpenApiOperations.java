package vn.onestop.launcher.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Every operation of an OpenAPI 3 document, with its paths made public by the document's first server URL. */
public final class OpenApiOperations {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	private OpenApiOperations() {
	}

	public static List<ApiOperation> of(String document) {
		JsonNode root = JsonMapper.builder().build().readTree(document);
		String server = root.path("servers").path(0).path("url").asString("");
		server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
		Schemas schemas = new Schemas(root.path("components").path("schemas"));
		List<ApiOperation> operations = new ArrayList<>();
		for (var path : root.path("paths").properties()) {
			for (var entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = entry.getValue();
				List<ApiOperation.Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					parameters.add(new ApiOperation.Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
							parameter.path("required").asBoolean(false), parameter.path("schema"), parameter.get("example")));
				}
				List<String> contentTypes = new ArrayList<>();
				JsonNode bodySchema = null;
				for (var content : operation.path("requestBody").path("content").properties()) {
					contentTypes.add(content.getKey());
					if (bodySchema == null && content.getValue().has("schema")) {
						bodySchema = content.getValue().get("schema");
					}
				}
				operations.add(new ApiOperation(entry.getKey().toUpperCase(java.util.Locale.ROOT), server + path.getKey(),
						List.copyOf(parameters), List.copyOf(contentTypes),
						bodySchema instanceof MissingNode ? null : bodySchema, schemas));
			}
		}
		return operations;
	}

}
