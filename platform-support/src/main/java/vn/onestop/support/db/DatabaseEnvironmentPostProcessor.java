package vn.onestop.support.db;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points R2DBC and Flyway at the service's own database, given once as {@code platform.db.*}
 * ({@code INTAKE_DB_URL} and friends). Without a URL it starts an embedded PostgreSQL instead.
 * Applications without {@code platform.db.name} (the gateway) have no database.
 */
public final class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = environment.getProperty("platform.db.name");
		if (!StringUtils.hasText(name)) {
			return;
		}
		String url = environment.getProperty("platform.db.url");
		DatabaseCredentials db = StringUtils.hasText(url)
				? new DatabaseCredentials(DatabaseUrl.parse(url), environment.getProperty("platform.db.username", name),
						environment.getProperty("platform.db.password", ""))
				: EmbeddedDatabases.provision(name, environment.getProperty("platform.db.embedded.data-dir", ""),
						environment.getProperty("platform.db.embedded.port", Integer.class, 0));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("platformDatabase",
					Map.of("spring.r2dbc.url", db.url().r2dbc(), "spring.r2dbc.username", db.username(),
							"spring.r2dbc.password", db.password(), "spring.flyway.url", db.url().jdbc(),
							"spring.flyway.user", db.username(), "spring.flyway.password", db.password())));
	}

}
