package vn.onestop.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Remembers the tokens this application has already verified, so a client that sends the same token on every
 * request pays for one RS256 verification instead of one per request (it was about a tenth of the gateway's CPU,
 * docs/benchmarks.md) — and the gateway and the service behind it each pay once, not once per request.
 * <p>
 * The key is the whole compact token, signature included: only the exact bytes verified before are found, so a
 * forged or altered token always goes to the verifying decoder. An entry lives until the token expires and at most
 * {@code maxAge} (so a key withdrawn from the JWK set stops being trusted within that time), and the cache holds at
 * most {@code maxTokens} (least recently and least frequently used first out). Refused tokens are never kept.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final Cache<String, Jwt> verified;

	VerifiedTokenCache(ReactiveJwtDecoder verifier, int maxTokens, Duration maxAge, Clock clock) {
		this.verifier = verifier;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maxTokens)
			.ticker(() -> clock.millis() * 1_000_000L)
			.expireAfter(new UntilExpiry(maxAge, clock))
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			return Mono.just(known);
		}
		return this.verifier.decode(token).doOnNext(jwt -> this.verified.put(token, jwt));
	}

	long size() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

	/** Keeps a token until its own expiry, never longer than {@code maxAge}; one without expiry not at all. */
	private record UntilExpiry(Duration maxAge, Clock clock) implements Expiry<String, Jwt> {

		@Override
		public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
			Instant expiresAt = jwt.getExpiresAt();
			if (expiresAt == null) {
				return 0;
			}
			Duration left = Duration.between(this.clock.instant(), expiresAt);
			return Math.max(0, Math.min(left.toNanos(), this.maxAge.toNanos()));
		}

		@Override
		public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
			return expireAfterCreate(token, jwt, currentTime);
		}

		@Override
		public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
