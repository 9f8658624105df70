package vn.onestop.support.security.dev;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;

import vn.onestop.support.security.CallerClaims;
import vn.onestop.support.security.Role;

/**
 * The run command's demo sign-in, an OpenID Connect provider on the {@link DevIssuer}'s loopback server under
 * {@link #PATH}: discovery, an authorization endpoint whose page lets one pick a {@link DemoUser}, and a token
 * endpoint that checks the client and the PKCE verifier (S256 only) and answers the same access tokens the
 * services already trust, with an ID token for the pages. Codes are single-use and live one minute. The pages
 * refuse an issuer ending in {@link #PATH} in production; only the launcher starts it.
 */
public final class DemoLogin {

	public static final String PATH = "/demo-login";

	static final Duration CODE_VALIDITY = Duration.ofMinutes(1);

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private final DevIssuer issuer;

	private final String clientId;

	private final String clientSecret;

	private final Map<String, DemoUser> users = new LinkedHashMap<>();

	private final Duration validity;

	private final Clock clock;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private DemoLogin(DevIssuer issuer, String clientId, String clientSecret, List<DemoUser> users, Duration validity,
			Clock clock) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		users.forEach(user -> this.users.put(user.key(), user));
		this.validity = validity;
		this.clock = clock;
	}

	/** Serves the demo login on the issuer's server for one client (id and secret) and these users. */
	public static DemoLogin start(DevIssuer issuer, String clientId, String clientSecret, List<DemoUser> users,
			Duration validity, Clock clock) {
		DemoLogin login = new DemoLogin(issuer, clientId, clientSecret, users, validity, clock);
		issuer.handle(PATH + "/.well-known/openid-configuration", exchange -> login.answer(exchange, login::discovery));
		issuer.handle(PATH + "/authorize", exchange -> login.answer(exchange, login::authorize));
		issuer.handle(PATH + "/token", exchange -> login.answer(exchange, login::token));
		return login;
	}

	/** The issuer URI the pages are configured with ({@code WEB_OIDC_ISSUER_URI}). */
	public String issuerUri() {
		return this.issuer.baseUri() + PATH;
	}

	private Answer discovery(HttpExchange exchange) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuerUri());
		document.put("authorization_endpoint", issuerUri() + "/authorize");
		document.put("token_endpoint", issuerUri() + "/token");
		document.put("jwks_uri", this.issuer.jwkSetUri().toString());
		document.put("response_types_supported", List.of("code"));
		document.put("grant_types_supported", List.of("authorization_code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("code_challenge_methods_supported", List.of("S256"));
		document.put("scopes_supported", List.of("openid"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "none"));
		return Answer.json(200, document);
	}

	private Answer authorize(HttpExchange exchange) throws IOException {
		boolean picked = "POST".equals(exchange.getRequestMethod());
		Map<String, String> request = picked ? form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
				: form(Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
		String refusal = refusal(request);
		if (refusal != null) {
			return Answer.text(400, refusal);
		}
		if (!picked) {
			Map<String, String> carried = new LinkedHashMap<>(request);
			carried.remove("user");
			return Answer.html(DemoLoginPage.render(List.copyOf(this.users.values()), carried));
		}
		DemoUser user = this.users.get(request.getOrDefault("user", ""));
		if (user == null) {
			return Answer.text(400, "unknown demo user");
		}
		String code = token();
		this.codes.put(code, new Grant(user, request.get("redirect_uri"), request.get("code_challenge"), request.get("nonce"),
				this.clock.instant().plus(CODE_VALIDITY)));
		String location = request.get("redirect_uri") + (request.get("redirect_uri").contains("?") ? "&" : "?") + "code="
				+ code + (request.containsKey("state") ? "&state=" + encode(request.get("state")) : "");
		return Answer.redirect(location);
	}

	private String refusal(Map<String, String> request) {
		if (!"code".equals(request.get("response_type"))) {
			return "response_type must be code";
		}
		if (!this.clientId.equals(request.get("client_id"))) {
			return "unknown client_id";
		}
		if (!"S256".equals(request.get("code_challenge_method")) || request.getOrDefault("code_challenge", "").isBlank()) {
			return "PKCE with code_challenge_method S256 is required";
		}
		try {
			URI redirect = URI.create(request.getOrDefault("redirect_uri", ""));
			if (!LOOPBACK.contains(String.valueOf(redirect.getHost())) || redirect.getFragment() != null) {
				return "redirect_uri must be on this machine";
			}
		}
		catch (IllegalArgumentException ex) {
			return "redirect_uri is not a URI";
		}
		return null;
	}

	private Answer token(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			return Answer.json(405, Map.of("error", "invalid_request"));
		}
		Map<String, String> request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		if (!clientAuthenticated(exchange, request)) {
			return Answer.json(401, Map.of("error", "invalid_client"));
		}
		Grant grant = this.codes.remove(request.getOrDefault("code", ""));
		if (!"authorization_code".equals(request.get("grant_type")) || grant == null
				|| grant.expiresAt().isBefore(this.clock.instant()) || !grant.redirectUri().equals(request.get("redirect_uri"))
				|| !grant.codeChallenge().equals(s256(request.getOrDefault("code_verifier", "")))) {
			return Answer.json(400, Map.of("error", "invalid_grant"));
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("access_token", this.issuer.mint(grant.user().caller(), this.validity));
		answer.put("token_type", "Bearer");
		answer.put("expires_in", this.validity.toSeconds());
		answer.put("scope", "openid");
		answer.put("id_token", idToken(grant));
		return Answer.json(200, answer);
	}

	private String idToken(Grant grant) {
		Instant now = this.clock.instant();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuerUri())
			.subject(grant.user().caller().subject())
			.audience(this.clientId)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("name", grant.user().name())
			.claim(CallerClaims.ROLES, grant.user().caller().roles().stream().map(Role::name).sorted().toList())
			.claim(CallerClaims.WARDS, grant.user().caller().wards().stream().sorted().toList());
		if (grant.nonce() != null) {
			claims.claim("nonce", grant.nonce());
		}
		return this.issuer.sign(claims.build());
	}

	private boolean clientAuthenticated(HttpExchange exchange, Map<String, String> request) {
		String id = request.get("client_id");
		String secret = request.get("client_secret");
		String basic = exchange.getRequestHeaders().getFirst("Authorization");
		if (basic != null && basic.startsWith("Basic ")) {
			String[] pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
			id = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
			secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
		}
		boolean publicClient = this.clientSecret.isEmpty();
		return this.clientId.equals(id) && (publicClient || MessageDigest.isEqual(
				this.clientSecret.getBytes(StandardCharsets.UTF_8), String.valueOf(secret).getBytes(StandardCharsets.UTF_8)));
	}

	static String s256(String verifier) {
		try {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(
					MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String token() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Map<String, String> form(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
			}
		}
		return values;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void answer(HttpExchange exchange, Handler handler) throws IOException {
		try (exchange) {
			Answer answer;
			try {
				answer = handler.handle(exchange);
			}
			catch (RuntimeException ex) {
				answer = Answer.text(400, "bad request");
			}
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.getResponseHeaders().set("Content-Security-Policy",
					"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
			if (answer.location() != null) {
				exchange.getResponseHeaders().set("Location", answer.location());
			}
			byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
	}

	private interface Handler {

		Answer handle(HttpExchange exchange) throws IOException;

	}

	private record Grant(DemoUser user, String redirectUri, String codeChallenge, String nonce, Instant expiresAt) {
	}

	private record Answer(int status, String contentType, String body, String location) {

		static Answer json(int status, Map<String, ?> body) {
			return new Answer(status, "application/json", JSONObjectUtils.toJSONString(body), null);
		}

		static Answer html(String body) {
			return new Answer(200, "text/html; charset=utf-8", body, null);
		}

		static Answer text(int status, String body) {
			return new Answer(status, "text/plain; charset=utf-8", body, null);
		}

		static Answer redirect(String location) {
			return new Answer(302, "text/plain; charset=utf-8", "", location);
		}

	}

}
