package vn.onestop.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import vn.onestop.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final Verifier verifier = new Verifier(this.clock);

	private final VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 100, Duration.ofMinutes(5), this.clock);

	@Test
	void aTokenSentAgainIsVerifiedOnce() {
		this.verifier.accept("token-a", NOW.plus(Duration.ofHours(1)));

		for (int i = 0; i < 5; i++) {
			StepVerifier.create(this.cache.decode("token-a"))
				.assertNext(jwt -> assertThat(jwt.getSubject()).isEqualTo("subject-of-token-a"))
				.verifyComplete();
		}

		assertThat(this.verifier.verified).containsExactly("token-a");
	}

	@Test
	void aRefusedTokenIsNeverRememberedAndAnAlteredOneIsVerifiedOnItsOwn() {
		this.verifier.accept("token-a", NOW.plus(Duration.ofHours(1)));
		this.cache.decode("token-a").block();

		for (int i = 0; i < 3; i++) {
			StepVerifier.create(this.cache.decode("token-a-forged")).expectError(BadJwtException.class).verify();
		}

		assertThat(this.verifier.verified).containsExactly("token-a", "token-a-forged", "token-a-forged", "token-a-forged");
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void aTokenIsForgottenWhenItExpires() {
		this.verifier.accept("token-a", NOW.plus(Duration.ofMinutes(2)));
		this.cache.decode("token-a").block();

		this.clock.advance(Duration.ofMinutes(2));

		StepVerifier.create(this.cache.decode("token-a")).expectError(BadJwtException.class).verify();
		assertThat(this.verifier.verified).containsExactly("token-a", "token-a");
	}

	@Test
	void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
		this.verifier.accept("token-a", NOW.plus(Duration.ofHours(8)));
		this.cache.decode("token-a").block();

		this.clock.advance(Duration.ofMinutes(4));
		this.cache.decode("token-a").block();
		assertThat(this.verifier.verified).hasSize(1);

		this.clock.advance(Duration.ofMinutes(1));
		this.cache.decode("token-a").block();
		assertThat(this.verifier.verified).hasSize(2);
	}

	@Test
	void aTokenWithoutExpiryIsNotRemembered() {
		this.verifier.accept("token-a", null);

		this.cache.decode("token-a").block();
		this.cache.decode("token-a").block();

		assertThat(this.verifier.verified).hasSize(2);
	}

	@Test
	void holdsNoMoreThanItsBound() {
		VerifiedTokenCache small = new VerifiedTokenCache(this.verifier, 3, Duration.ofMinutes(5), this.clock);
		for (int i = 0; i < 50; i++) {
			this.verifier.accept("token-" + i, NOW.plus(Duration.ofHours(1)));
			small.decode("token-" + i).block();
		}

		assertThat(small.size()).isLessThanOrEqualTo(3);
	}

	/** Accepts the tokens it was told to, until their expiry; counts every verification. */
	private static final class Verifier implements ReactiveJwtDecoder {

		private final java.util.Map<String, Instant> accepted = new java.util.HashMap<>();

		private final List<String> verified = new ArrayList<>();

		private final Clock clock;

		Verifier(Clock clock) {
			this.clock = clock;
		}

		void accept(String token, Instant expiresAt) {
			this.accepted.put(token, expiresAt == null ? Instant.MAX : expiresAt);
		}

		@Override
		public Mono<Jwt> decode(String token) {
			this.verified.add(token);
			Instant expiresAt = this.accepted.get(token);
			if (expiresAt == null || !expiresAt.isAfter(this.clock.instant())) {
				return Mono.error(new BadJwtException("refused"));
			}
			Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("subject-of-" + token)
				.issuedAt(this.clock.instant());
			if (!expiresAt.equals(Instant.MAX)) {
				jwt.expiresAt(expiresAt);
			}
			return Mono.just(jwt.build());
		}

	}

}
