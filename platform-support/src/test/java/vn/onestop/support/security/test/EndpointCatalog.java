package vn.onestop.support.security.test;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint an application serves, written {@code "GET /citizens/{id}"}, read from its request mappings. A
 * security test compares it with the endpoints it covers, so a new endpoint without a test fails the build.
 * The OpenAPI document ({@code /v3/api-docs}, public by design) is left out.
 */
public final class EndpointCatalog {

	private EndpointCatalog() {
	}

	public static Set<String> of(ApplicationContext context) {
		Set<String> endpoints = new TreeSet<>();
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		mapping.getHandlerMethods().keySet().forEach(info -> add(endpoints, info));
		return endpoints;
	}

	private static void add(Set<String> endpoints, RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		info.getPatternsCondition().getPatterns().forEach(pattern -> {
			String path = pattern.getPatternString();
			if (path.startsWith("/v3/api-docs")) {
				return;
			}
			if (methods.isEmpty()) {
				endpoints.add("ANY " + path);
			}
			methods.forEach(method -> endpoints.add(method.name() + " " + path));
		});
	}

}
