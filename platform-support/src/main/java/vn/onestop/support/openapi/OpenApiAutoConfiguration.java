package vn.onestop.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Describes a service's OpenAPI document: its title and the gateway path it is published under, so
 * the document's paths are the ones clients call through the gateway.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnProperty("platform.openapi.title")
@EnableConfigurationProperties(OpenApiAutoConfiguration.OpenApiProperties.class)
public class OpenApiAutoConfiguration {

	@Bean
	OpenAPI platformOpenApi(OpenApiProperties properties) {
		return new OpenAPI()
			.info(new Info().title(properties.title())
				.description(properties.description())
				.version("v1")
				.license(new License().name("MIT")))
			.addServersItem(new Server().url(properties.serverUrl()).description("through the gateway"));
	}

	/** {@code platform.openapi.*}. */
	@ConfigurationProperties("platform.openapi")
	public record OpenApiProperties(String title, String description, String serverUrl) {
	}

}
