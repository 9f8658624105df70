package vn.onestop.web;

import java.net.URI;

import org.junit.jupiter.api.Test;

import vn.onestop.web.config.LoginGuard;
import vn.onestop.web.config.WebProperties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginGuardTest {

	static final String KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void refusesTheDemoLoginInProduction() {
		assertThatThrownBy(() -> LoginGuard.check(web("production", KEY), "http://127.0.0.1:40000/demo-login"))
			.hasMessageContaining("demo login");
	}

	@Test
	void refusesProductionWithoutAnIssuerOrASharedSessionKey() {
		assertThatThrownBy(() -> LoginGuard.check(web("production", KEY), "")).hasMessageContaining("WEB_OIDC_ISSUER_URI");
		assertThatThrownBy(() -> LoginGuard.check(web("production", ""), "https://id.example.gov.vn/realms/onestop"))
			.hasMessageContaining("WEB_SESSION_KEY");
	}

	@Test
	void allowsARealProviderInProductionAndTheDemoLoginOutsideIt() {
		assertThatCode(() -> LoginGuard.check(web("production", KEY), "https://id.example.gov.vn/realms/onestop"))
			.doesNotThrowAnyException();
		assertThatCode(() -> LoginGuard.check(web("", ""), "http://127.0.0.1:40000/demo-login")).doesNotThrowAnyException();
	}

	private static WebProperties web(String environment, String key) {
		return new WebProperties(URI.create("http://localhost:8080/api/v1"), key, java.time.Duration.ofHours(8), false,
				environment, org.springframework.util.unit.DataSize.ofMegabytes(4), null);
	}

}
