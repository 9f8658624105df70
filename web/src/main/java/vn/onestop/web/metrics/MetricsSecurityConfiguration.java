package vn.onestop.web.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

import vn.onestop.web.config.WebProperties;

/**
 * {@code /actuator/prometheus} as the services guard it: a bearer access token of the platform's issuer with role
 * MONITOR or PLATFORM_ADMIN (the Prometheus scrape's token), nothing else of the pages' sign-in (no session cookie,
 * no CSRF). This chain comes before the pages' one and answers only the metrics endpoint.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	static final List<String> READERS = List.of("MONITOR", "PLATFORM_ADMIN");

	private static final Logger log = LoggerFactory.getLogger(MetricsSecurityConfiguration.class);

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain metrics(ServerHttpSecurity http, MetricsProperties metrics, WebProperties web) {
		if (web.production() && metrics.demoIssuer()) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production refuses the run command's demo issuer "
					+ metrics.issuer() + " for the metrics: configure the real identity provider.");
		}
		http.securityMatcher(EndpointRequest.to("prometheus"))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		if (!metrics.configured()) {
			log.warn("SECURITY_JWT_ISSUER or SECURITY_JWK_SET_URI is not set: /actuator/prometheus refuses everyone.");
			return http.authorizeExchange(exchanges -> exchanges.anyExchange().denyAll()).build();
		}
		return http
			.authorizeExchange(exchanges -> exchanges.anyExchange()
				.hasAnyAuthority(READERS.stream().map(role -> "ROLE_" + role).toArray(String[]::new)))
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder(metrics))
				.jwtAuthenticationConverter(MetricsSecurityConfiguration::withRoles)))
			.build();
	}

	/** RS256 from the configured key set and issuer, not expired, for the audience when one is set. */
	static ReactiveJwtDecoder decoder(MetricsProperties metrics) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(metrics.jwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(metrics.issuer()));
		if (!metrics.audience().isEmpty()) {
			validators.add(new JwtClaimValidator<List<String>>("aud",
					audience -> audience != null && audience.contains(metrics.audience())));
		}
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}

	/** The token's {@code roles} claim (with or without Spring's {@code ROLE_} prefix) as authorities. */
	static Mono<AbstractAuthenticationToken> withRoles(Jwt jwt) {
		Collection<GrantedAuthority> authorities = new ArrayList<>();
		List<String> roles = jwt.getClaimAsStringList("roles");
		for (String role : roles == null ? List.<String>of() : roles) {
			String name = role.trim().toUpperCase(java.util.Locale.ROOT);
			authorities.add(new SimpleGrantedAuthority(name.startsWith("ROLE_") ? name : "ROLE_" + name));
		}
		return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
	}

}
