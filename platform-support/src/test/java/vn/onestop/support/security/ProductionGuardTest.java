package vn.onestop.support.security;

import org.junit.jupiter.api.Test;

import vn.onestop.support.security.dev.DevIssuer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

	private static PlatformSecurityProperties.Jwt jwt(String issuer) {
		return new PlatformSecurityProperties.Jwt(issuer, "https://id.example.vn/jwks", null);
	}

	@Test
	void productionRefusesTheDemoIssuer() {
		assertThatThrownBy(() -> ProductionGuard.check("production", jwt(DevIssuer.ISSUER_PREFIX + "abc")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo issuer");
		assertThatThrownBy(() -> ProductionGuard.check(" Production ", jwt(DevIssuer.ISSUER_PREFIX + "abc")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void productionNeedsAnIssuer() {
		assertThatThrownBy(() -> ProductionGuard.check("production", jwt(null))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> ProductionGuard.check("production", jwt(" "))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void productionAcceptsARealIssuerAndDevelopmentAcceptsTheDemoOne() {
		assertThatCode(() -> ProductionGuard.check("production", jwt("https://id.example.vn/realms/motcua")))
			.doesNotThrowAnyException();
		assertThatCode(() -> ProductionGuard.check("development", jwt(DevIssuer.ISSUER_PREFIX + "abc")))
			.doesNotThrowAnyException();
		assertThatCode(() -> ProductionGuard.check(null, jwt(DevIssuer.ISSUER_PREFIX + "abc"))).doesNotThrowAnyException();
	}

}
