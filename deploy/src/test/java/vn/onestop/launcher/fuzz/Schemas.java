package vn.onestop.launcher.fuzz;

import tools.jackson.databind.JsonNode;

/** The component schemas of one OpenAPI document, to resolve {@code $ref}. */
public record Schemas(JsonNode components) {

	public JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
			String ref = current.get("$ref").asString();
			current = this.components.get(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return current;
	}

}
