package vn.onestop.support.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked ({@code platform.security.*}, set from the environment: {@code SECURITY_JWT_ISSUER},
 * {@code SECURITY_JWK_SET_URI}, {@code SECURITY_JWT_AUDIENCE}), the token this application shows when it calls
 * another ({@code PLATFORM_SERVICE_TOKEN}), and the browser origins allowed by CORS
 * ({@code SECURITY_CORS_ALLOWED_ORIGINS}, comma-separated; empty allows none).
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(Jwt jwt, String serviceToken, List<String> corsAllowedOrigins) {

	public PlatformSecurityProperties {
		jwt = jwt == null ? new Jwt(null, null, null) : jwt;
		corsAllowedOrigins = corsAllowedOrigins == null ? List.of()
				: corsAllowedOrigins.stream().filter(origin -> origin != null && !origin.isBlank()).toList();
	}

	/** The issuer a token must name, where its signing keys are published, and (optional) the audience. */
	public record Jwt(String issuer, String jwkSetUri, String audience) {
	}

}
