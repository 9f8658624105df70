package vn.onestop.support.db;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseEnvironmentPostProcessorTest {

	private final DatabaseEnvironmentPostProcessor processor = new DatabaseEnvironmentPostProcessor();

	@Test
	void leavesAnApplicationWithoutADatabaseAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("platform.db.url", "postgresql://h:1/x");

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.r2dbc.url")).isNull();
		assertThat(environment.getProperty("spring.flyway.url")).isNull();
	}

	@Test
	void pointsR2dbcAndFlywayAtTheGivenDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("platform.db.name", "intake")
			.withProperty("platform.db.url", "postgresql://db.internal:5432/intake_prod?sslmode=require")
			.withProperty("platform.db.username", "intake_app")
			.withProperty("platform.db.password", "s3cr3t")
			.withProperty("spring.r2dbc.url", "r2dbc:postgresql://elsewhere/other");

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.r2dbc.url"))
			.isEqualTo("r2dbc:postgresql://db.internal:5432/intake_prod?sslmode=require");
		assertThat(environment.getProperty("spring.flyway.url"))
			.isEqualTo("jdbc:postgresql://db.internal:5432/intake_prod?sslmode=require");
		assertThat(environment.getProperty("spring.r2dbc.username")).isEqualTo("intake_app");
		assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("intake_app");
		assertThat(environment.getProperty("spring.r2dbc.password")).isEqualTo("s3cr3t");
		assertThat(environment.getProperty("spring.flyway.password")).isEqualTo("s3cr3t");
	}

	@Test
	void logsInAsTheServiceNameByDefault() {
		MockEnvironment environment = new MockEnvironment().withProperty("platform.db.name", "citizen")
			.withProperty("platform.db.url", "jdbc:postgresql://db:5432/citizen");

		this.processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.r2dbc.username")).isEqualTo("citizen");
		assertThat(environment.getProperty("spring.r2dbc.password")).isEmpty();
	}

	@Test
	void refusesAUrlThatIsNotPostgresql() {
		MockEnvironment environment = new MockEnvironment().withProperty("platform.db.name", "citizen")
			.withProperty("platform.db.url", "mysql://db:3306/citizen");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.processor.postProcessEnvironment(environment, new SpringApplication()));
	}

}
