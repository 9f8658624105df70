package vn.onestop.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.onestop.support.security.dev.DemoLogin;
import vn.onestop.support.security.dev.DevIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run command's demo token issuer is for development only. */
class LauncherSecurityTest {

	@Test
	void refusesTheDemoIssuerInProductionBeforeStartingAnything(@TempDir Path home) {
		List<String> said = new ArrayList<>();
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("PLATFORM_ENVIRONMENT", "production"), home);

		assertThatThrownBy(() -> RunningPlatform.start(settings, (format, args) -> said.add(String.format(format, args))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo token issuer is refused");
		assertThat(said).isEmpty();
		assertThat(settings.security().demoTokens()).doesNotExist();
	}

	@Test
	void usesTheConfiguredIdentityProviderInsteadOfTheDemoIssuer(@TempDir Path home) {
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("SECURITY_JWK_SET_URI",
				"https://id.example.vn/realms/motcua/protocol/openid-connect/certs", "SECURITY_JWT_ISSUER",
				"https://id.example.vn/realms/motcua"), home);

		assertThat(settings.security().demoIssuer()).isFalse();
		assertThat(LauncherSettings.fromEnvironment(Map.of(), home).security().demoIssuer()).isTrue();
		assertThat(LauncherSettings.fromEnvironment(Map.of(), home).security().demoTokens())
			.isEqualTo(home.toAbsolutePath().resolve("data/demo-tokens.env"));
	}

	@Test
	void readsTheExtraDemoWardsAndRefusesWhatIsNotAWardCode(@TempDir Path home) {
		assertThat(LauncherSettings.fromEnvironment(Map.of("PLATFORM_DEMO_WARDS", "20242, 16774,08866"), home)
			.security()
			.demoWards()).containsExactly("20242", "16774", "08866");
		assertThat(LauncherSettings.fromEnvironment(Map.of(), home).security().demoWards()).isEmpty();
		assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("PLATFORM_DEMO_WARDS", "20242,hai-chau"), home))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("PLATFORM_DEMO_WARDS");
	}

	@Test
	void givesThePagesTheDemoLoginOnTheDemoIssuer(@TempDir Path home) {
		DevIssuer issuer = DevIssuer.start(0);
		try {
			Map<String, String> environment = TokenIssuing.environment(
					LauncherSettings.fromEnvironment(Map.of("PLATFORM_DATA_DIR", home.toString()), home).security(),
					(format, args) -> { }, () -> issuer);

			assertThat(environment.get("WEB_OIDC_ISSUER_URI")).isEqualTo(issuer.baseUri() + DemoLogin.PATH);
			assertThat(environment).containsEntry("WEB_OIDC_CLIENT_ID", "onestop-web");
			assertThat(environment.get("WEB_OIDC_CLIENT_SECRET")).hasSizeGreaterThanOrEqualTo(32);
		}
		finally {
			issuer.close();
		}
	}

	@Test
	void givesThePagesTheGatewayAsTheirPublicAddressUnlessOneIsNamed() {
		assertThat(RunningPlatform.webPublicUrl("http://localhost:18080", Map.of()))
			.containsExactly(Map.entry("WEB_PUBLIC_URL", "http://localhost:18080"));
		assertThat(RunningPlatform.webPublicUrl("http://localhost:18080", Map.of("WEB_PUBLIC_URL", "https://motcua.example.vn")))
			.containsExactly(Map.entry("WEB_PUBLIC_URL", "https://motcua.example.vn"));
	}

	@Test
	void givesTheWebItsPortAndTheGatewayItsAddress(@TempDir Path home) {
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("WEB_PORT", "18484"), home);

		assertThat(settings.portOf(App.WEB)).isEqualTo(18484);
		assertThat(LauncherSettings.fromEnvironment(Map.of(), home).portOf(App.WEB)).isEqualTo(8084);
		assertThat(settings.jarOf(App.WEB)).isEqualTo(home.toAbsolutePath().resolve("web/target/web.jar"));
	}

}
