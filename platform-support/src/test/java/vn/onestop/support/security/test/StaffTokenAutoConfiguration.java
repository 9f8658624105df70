package vn.onestop.support.security.test;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;

/**
 * Gives every auto-configured {@code WebTestClient} the staff token of {@link TestTokens#staff} for the wards in
 * {@code platform.security.test.staff-wards}. A request that sets its own Authorization header replaces it;
 * {@code .headers(h -> h.remove(AUTHORIZATION))} does not remove a default header, so tests of anonymous calls
 * build a client without it ({@code client.mutate()} with {@code defaultHeaders(h -> h.remove(...))}).
 */
@AutoConfiguration
@ConditionalOnClass(name = TestIssuerEnvironmentPostProcessor.SECURED)
public class StaffTokenAutoConfiguration {

	@Bean
	WebTestClientBuilderCustomizer staffToken(Environment environment) {
		List<String> wards = List.of(environment.getProperty("platform.security.test.staff-wards", String[].class,
				new String[0]));
		return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.staff(wards)));
	}

}
