package vn.onestop.support.security.dev;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.CallerClaims;
import vn.onestop.support.security.Role;

/**
 * The run command's own token issuer, for development and tests only: a fresh RSA key per start, its public half
 * served as a JWK set on loopback ({@code GET /jwks.json}), and RS256 tokens for any {@link Caller}. Its issuer
 * always starts with {@link #ISSUER_PREFIX}, which a production application refuses. No application starts
 * it: only the launcher and the test harness do.
 */
public final class DevIssuer implements AutoCloseable {

	public static final String ISSUER_PREFIX = "urn:onestop:dev-issuer:";

	private final RSAKey key;

	private final RSASSASigner signer;

	private final HttpServer server;

	private final String issuer;

	private final Clock clock;

	private DevIssuer(RSAKey key, HttpServer server, Clock clock) throws JOSEException {
		this.key = key;
		this.signer = new RSASSASigner(key);
		this.server = server;
		this.issuer = ISSUER_PREFIX + key.getKeyID();
		this.clock = clock;
	}

	/** Generates a key and serves its JWK set on 127.0.0.1 at the given port (0: any free port). */
	public static DevIssuer start(int port) {
		return start(port, Clock.systemUTC());
	}

	public static DevIssuer start(int port, Clock clock) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.build();
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks.json", exchange -> answer(exchange, jwks));
			server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
				Thread thread = new Thread(runnable, "dev-issuer");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return new DevIssuer(key, server, clock);
		}
		catch (IOException | NoSuchAlgorithmException | JOSEException ex) {
			throw new IllegalStateException("Could not start the demo token issuer", ex);
		}
	}

	private static void answer(HttpExchange exchange, byte[] jwks) throws IOException {
		try (exchange) {
			if (!"GET".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(jwks);
			}
		}
	}

	public String issuer() {
		return this.issuer;
	}

	public URI jwkSetUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks.json");
	}

	/** Where this issuer listens: {@code http://127.0.0.1:<port>}. */
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** Serves more endpoints on this issuer's loopback server (the demo login, {@link DemoLogin}). */
	void handle(String path, com.sun.net.httpserver.HttpHandler handler) {
		this.server.createContext(path, handler);
	}

	/** An RS256 access token for this caller, valid for the given time. */
	public String mint(Caller caller, Duration validity) {
		Instant now = this.clock.instant();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(caller.subject())
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(5)))
			.expirationTime(Date.from(now.plus(validity)))
			.jwtID(UUID.randomUUID().toString())
			.claim(CallerClaims.ROLES, caller.roles().stream().map(Role::name).sorted().toList());
		if (!caller.wards().isEmpty()) {
			claims.claim(CallerClaims.WARDS, caller.wards().stream().sorted().toList());
		}
		if (caller.personalId() != null) {
			claims.claim(CallerClaims.PERSONAL_ID, caller.personalId());
		}
		return sign(claims.build());
	}

	/** Signs any claims with this issuer's key: for tests of expired, foreign or malformed tokens. */
	public String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), claims);
			jwt.sign(this.signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a demo token", ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
