package vn.onestop.launcher.fuzz;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as the gateway exposes it: the method, the public path template
 * (the document's server URL and its path), the parameters and the JSON schema of the body, if any.
 */
public record ApiOperation(String method, String pathTemplate, List<Parameter> parameters, List<String> contentTypes,
		JsonNode bodySchema, Schemas schemas) {

	public record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
	}

	public String key() {
		return this.method + " " + this.pathTemplate;
	}

	public boolean hasBody() {
		return this.bodySchema != null || !this.contentTypes.isEmpty();
	}

}
