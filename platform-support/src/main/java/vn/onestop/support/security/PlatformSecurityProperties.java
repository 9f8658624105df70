package vn.onestop.support.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked ({@code platform.security.*}, set from the environment: {@code SECURITY_JWT_ISSUER},
 * {@code SECURITY_JWK_SET_URI}, {@code SECURITY_JWT_AUDIENCE}), the token this application shows when it calls
 * another ({@code PLATFORM_SERVICE_TOKEN}), and the browser origins allowed by CORS
 * ({@code SECURITY_CORS_ALLOWED_ORIGINS}, comma-separated; empty allows none), and how many verified tokens are
 * remembered.
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(Jwt jwt, String serviceToken, List<String> corsAllowedOrigins,
		VerifiedTokens verifiedTokens) {

	public PlatformSecurityProperties {
		jwt = jwt == null ? new Jwt(null, null, null) : jwt;
		verifiedTokens = verifiedTokens == null ? new VerifiedTokens(null, null) : verifiedTokens;
		corsAllowedOrigins = corsAllowedOrigins == null ? List.of()
				: corsAllowedOrigins.stream().filter(origin -> origin != null && !origin.isBlank()).toList();
	}

	/** The issuer a token must name, where its signing keys are published, and (optional) the audience. */
	public record Jwt(String issuer, String jwkSetUri, String audience) {
	}

	/**
	 * How many verified tokens are remembered ({@code SECURITY_VERIFIED_TOKENS}, 4,096; 0 verifies every request)
	 * and for how long at most ({@code SECURITY_VERIFIED_TOKENS_MAX_AGE}, 5 minutes; never past a token's expiry).
	 */
	public record VerifiedTokens(Integer maxTokens, Duration maxAge) {

		public VerifiedTokens {
			maxTokens = maxTokens == null ? 4096 : maxTokens;
			maxAge = maxAge == null ? Duration.ofMinutes(5) : maxAge;
			if (maxTokens < 0 || maxAge.isNegative()) {
				throw new IllegalArgumentException("platform.security.verified-tokens: max-tokens and max-age must not be negative");
			}
		}

		boolean enabled() {
			return this.maxTokens > 0 && !this.maxAge.isZero();
		}

	}

}
