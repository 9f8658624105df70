package vn.onestop.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import reactor.core.publisher.Mono;

/**
 * Every application is an OAuth2 resource server: each request's bearer token is checked (see
 * {@link TokenDecoder}) and turned into a {@link Caller}. Without a token only the application's
 * {@link PublicEndpoints}, health and the OpenAPI document answer; {@code /internal/**} needs role SERVICE and
 * the metrics MONITOR or PLATFORM_ADMIN. Finer rules (which ward, whose record) are the services' own. No
 * sessions, no cookies, no CSRF (nothing is authenticated by cookie), strict security headers, CORS only for
 * the configured origins.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ ServerHttpSecurity.class, ReactiveJwtDecoder.class })
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder platformJwtDecoder(PlatformSecurityProperties properties, Environment environment) {
		ProductionGuard.check(environment.getProperty("platform.environment"), properties.jwt());
		ReactiveJwtDecoder verifier = TokenDecoder.of(properties.jwt());
		PlatformSecurityProperties.VerifiedTokens remembered = properties.verifiedTokens();
		return remembered.enabled()
				? new VerifiedTokenCache(verifier, remembered.maxTokens(), remembered.maxAge(), Clock.systemUTC()) : verifier;
	}

	/**
	 * No observations of Spring Security's own filters, authentication and authorization: each request would get
	 * a timer and a span per security filter on top of its {@code http.server.requests} observation, which already
	 * times it, traces it and records its status (401 and 403 included). They were part of the observation cost
	 * measured in the gateway (docs/benchmarks.md).
	 */
	@Bean
	@ConditionalOnMissingBean
	static SecurityObservationSettings platformSecurityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnMissingBean
	ServerExchangeRejectedHandler platformRejectedPathProblems() {
		return new RejectedPathProblems();
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceCredentials serviceCredentials(PlatformSecurityProperties properties) {
		return new ServiceCredentials(properties.serviceToken());
	}

	@Bean
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	SecurityWebFilterChain platformSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ObjectProvider<PublicEndpoints> publicEndpoints, PlatformSecurityProperties properties) {
		SecurityProblems problems = new SecurityProblems();
		PublicEndpoints open = publicEndpoints.getIfAvailable(PublicEndpoints::none);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.cors(cors -> cors.configurationSource(cors(properties.corsAllowedOrigins())))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
			.authorizeExchange(exchanges -> {
				open.endpoints().forEach(endpoint -> exchanges.pathMatchers(endpoint.method(), endpoint.pattern()).permitAll());
				exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/v3/api-docs",
						"/v3/api-docs/**")
					.permitAll();
				exchanges.pathMatchers("/actuator/prometheus")
					.hasAnyAuthority(Role.MONITOR.authority(), Role.PLATFORM_ADMIN.authority());
				exchanges.pathMatchers("/actuator/**").denyAll();
				exchanges.pathMatchers("/internal/**").hasAuthority(Role.SERVICE.authority());
				exchanges.anyExchange().authenticated();
			})
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(token -> Mono.just(CallerAuthentication.of(token))))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	private static CorsConfigurationSource cors(List<String> allowedOrigins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!allowedOrigins.isEmpty()) {
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.setAllowedOrigins(allowedOrigins);
			configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
			configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
					HttpHeaders.IF_MATCH, "Idempotency-Key", "X-Request-Id", "traceparent"));
			configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
					"X-Request-Id"));
			configuration.setAllowCredentials(false);
			configuration.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/**", configuration);
		}
		return source;
	}

}
