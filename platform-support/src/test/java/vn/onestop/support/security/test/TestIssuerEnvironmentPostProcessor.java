package vn.onestop.support.security.test;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/** Makes every Spring Boot test trust {@link TestTokens}' issuer, unless the test configures its own. */
public class TestIssuerEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/** Only applications that check tokens (and so have the JOSE library) need the issuer. */
	static final String SECURED = "org.springframework.security.oauth2.jwt.ReactiveJwtDecoder";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent(SECURED, getClass().getClassLoader())) {
			return;
		}
		String configured = environment.getProperty("platform.security.jwt.jwk-set-uri");
		if (configured != null && !configured.isBlank()) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test-issuer",
					Map.of("platform.security.jwt.jwk-set-uri", TestTokens.issuer().jwkSetUri().toString(),
							"platform.security.jwt.issuer", TestTokens.issuer().issuer(),
							"platform.security.service-token", TestTokens.service())));
	}

}
