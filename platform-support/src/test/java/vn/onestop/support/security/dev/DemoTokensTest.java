package vn.onestop.support.security.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.onestop.support.security.CallerClaims;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTokensTest {

	@Test
	void writesOneTokenPerDemoCallerThatTheIssuersKeyVerifies(@TempDir Path folder) throws Exception {
		try (DevIssuer issuer = DevIssuer.start(0)) {
			Map<String, String> tokens = DemoTokens.mint(issuer);
			Path file = folder.resolve("demo-tokens.env");
			DemoTokens.write(file, tokens);

			String text = Files.readString(file);
			assertThat(tokens).containsOnlyKeys("OFFICER_TOKEN", "LEADER_TOKEN", "CITIZEN_TOKEN", "ADMIN_TOKEN",
					"MONITOR_TOKEN", "KIOSK_TOKEN", "SERVICE_TOKEN");
			tokens.forEach((name, token) -> assertThat(text).contains("export " + name + "=" + token + "\n"));
			assertThat(file.toFile().canRead()).isTrue();

			SignedJWT officer = SignedJWT.parse(tokens.get("OFFICER_TOKEN"));
			assertThat(officer.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(
					com.nimbusds.jose.jwk.JWKSet.load(issuer.jwkSetUri().toURL()).getKeys().get(0).toRSAKey())))
				.isTrue();
			assertThat(officer.getJWTClaimsSet().getIssuer()).startsWith(DevIssuer.ISSUER_PREFIX);
			var caller = CallerClaims.from(officer.getJWTClaimsSet().getClaims());
			assertThat(caller.roles()).containsExactly(Role.OFFICER);
			assertThat(caller.wards()).containsExactly(DemoTokens.DEMO_WARD);
			assertThat(CallerClaims.from(SignedJWT.parse(tokens.get("CITIZEN_TOKEN")).getJWTClaimsSet().getClaims())
				.personalId()).isEqualTo(DemoTokens.DEMO_CITIZEN_ID);
			var kiosk = CallerClaims.from(SignedJWT.parse(tokens.get("KIOSK_TOKEN")).getJWTClaimsSet().getClaims());
			assertThat(kiosk.roles()).containsExactly(Role.KIOSK);
			assertThat(kiosk.wards()).containsExactly(DemoTokens.DEMO_WARD);
			assertThat(kiosk.personalId()).isNull();
		}
	}

}
