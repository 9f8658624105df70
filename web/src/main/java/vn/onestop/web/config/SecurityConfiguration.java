package vn.onestop.web.config;

import java.net.URI;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;

import vn.onestop.web.session.CookieAuthorizationRequestRepository;
import vn.onestop.web.session.CookieAuthorizedClientRepository;
import vn.onestop.web.session.CookieSeal;
import vn.onestop.web.session.CookieSecurityContextRepository;
import vn.onestop.web.session.SessionCookies;

/**
 * Sign-in with OpenID Connect (authorization code + PKCE), the session in sealed cookies (see
 * {@link SessionCookies}), CSRF on every form, and a Content-Security-Policy that allows no inline script. The
 * public pages need no sign-in; every other page does, and the API decides what it shows.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	static final String REGISTRATION = "onestop";

	static final String LOGIN_START = "/oauth2/authorization/" + REGISTRATION;

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	CookieSeal cookieSeal(WebProperties web) {
		if (web.sessionKey().isEmpty()) {
			log.warn("WEB_SESSION_KEY is not set: sessions are sealed with a key of this process only, so they end when it "
					+ "stops and another replica cannot read them.");
			byte[] key = new byte[32];
			new java.security.SecureRandom().nextBytes(key);
			return new CookieSeal(key);
		}
		return new CookieSeal(Base64.getDecoder().decode(web.sessionKey()));
	}

	@Bean
	SessionCookies sessionCookies(CookieSeal seal, WebProperties web, Clock clock) {
		return new SessionCookies(seal, web.sessionMaxAge(), web.secureCookies(), clock);
	}

	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository(SessionCookies cookies,
			ReactiveClientRegistrationRepository registrations) {
		return new CookieAuthorizedClientRepository(cookies, registrations);
	}

	@Bean
	SecurityWebFilterChain pages(ServerHttpSecurity http, SessionCookies cookies, CookieSeal seal, WebProperties web,
			Clock clock, ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		CookieSecurityContextRepository contexts = new CookieSecurityContextRepository(cookies);
		CookieServerRequestCache requestCache = new CookieServerRequestCache();
		RedirectServerAuthenticationEntryPoint entryPoint = new RedirectServerAuthenticationEntryPoint(LOGIN_START);
		entryPoint.setRequestCache(requestCache);
		RedirectServerAuthenticationSuccessHandler success = new RedirectServerAuthenticationSuccessHandler("/");
		success.setRequestCache(requestCache);
		DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations);
		pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		SecurityContextServerLogoutHandler signOut = new SecurityContextServerLogoutHandler();
		signOut.setSecurityContextRepository(contexts);
		RedirectServerLogoutSuccessHandler signedOut = new RedirectServerLogoutSuccessHandler();
		signedOut.setLogoutSuccessUrl(URI.create("/"));
		return http.securityContextRepository(contexts)
			.requestCache(cache -> cache.requestCache(requestCache))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookies(web)))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.oauth2Login(login -> login.authorizationRequestResolver(pkce)
				.authorizationRequestRepository(new CookieAuthorizationRequestRepository(seal, web.secureCookies(), clock))
				.authorizedClientRepository(authorizedClients)
				.securityContextRepository(contexts)
				.authenticationSuccessHandler(success)
				.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/login?error")))
			.logout(logout -> logout.logoutUrl("/logout").logoutHandler(signOut).logoutSuccessHandler(signedOut))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.authorizeExchange(pages -> pages
				.pathMatchers(HttpMethod.GET, "/", "/procedures", "/procedures/**", "/lookup", "/login", "/assets/**",
						"/favicon.ico", "/actuator/health", "/actuator/health/**", "/display/*", "/display/*/board")
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/lookup", "/lookup/rating")
				.permitAll()
				.pathMatchers("/actuator/**")
				.denyAll()
				.anyExchange()
				.authenticated())
			.build();
	}

	private static CookieServerCsrfTokenRepository csrfCookies(WebProperties web) {
		CookieServerCsrfTokenRepository repository = new CookieServerCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(web.secureCookies()));
		return repository;
	}

}
