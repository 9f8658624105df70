package vn.onestop.support.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlTest {

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://db.internal:5432/intake", "postgres://db.internal:5432/intake",
			"jdbc:postgresql://db.internal:5432/intake", "r2dbc:postgresql://db.internal:5432/intake",
			"  postgresql://db.internal:5432/intake\n" })
	void readsEverySpelling(String spelling) {
		DatabaseUrl url = DatabaseUrl.parse(spelling);

		assertThat(url.hostAndPort()).isEqualTo("db.internal:5432");
		assertThat(url.database()).isEqualTo("intake");
		assertThat(url.query()).isEmpty();
		assertThat(url.jdbc()).isEqualTo("jdbc:postgresql://db.internal:5432/intake");
		assertThat(url.r2dbc()).isEqualTo("r2dbc:postgresql://db.internal:5432/intake");
		assertThat(url.plain()).isEqualTo("postgresql://db.internal:5432/intake");
	}

	@Test
	void keepsTheQuery() {
		DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://10.0.0.5/citizen?sslmode=require&connectTimeout=5");

		assertThat(url.hostAndPort()).isEqualTo("10.0.0.5");
		assertThat(url.database()).isEqualTo("citizen");
		assertThat(url.query()).isEqualTo("sslmode=require&connectTimeout=5");
		assertThat(url.jdbc()).isEqualTo("jdbc:postgresql://10.0.0.5/citizen?sslmode=require&connectTimeout=5");
		assertThat(url.r2dbc()).isEqualTo("r2dbc:postgresql://10.0.0.5/citizen?sslmode=require&connectTimeout=5");
	}

	@Test
	void convertsBetweenJdbcAndR2dbc() {
		assertThat(DatabaseUrl.parse(DatabaseUrl.parse("r2dbc:postgresql://h:1/d?x=y").jdbc()))
			.isEqualTo(DatabaseUrl.parse("jdbc:postgresql://h:1/d?x=y"));
	}

	@Test
	void buildsALocalUrl() {
		DatabaseUrl url = DatabaseUrl.local(15432, "notification");

		assertThat(url.jdbc()).isEqualTo("jdbc:postgresql://localhost:15432/notification");
		assertThat(url.r2dbc()).isEqualTo("r2dbc:postgresql://localhost:15432/notification");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "mysql://h:3306/db", "postgresql://h:5432", "postgresql://h:5432/", "postgresql:///db",
			"jdbc:mysql://h/db", "h:5432/db", "postgresql://h:5432/db/extra", "odbc:postgresql://h/db" })
	void refusesAnythingElse(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse(url))
			.withMessageContaining("postgresql://host:port/database");
	}

	@Test
	void neverShowsTheCredentialsOfAConnection() {
		DatabaseCredentials credentials = new DatabaseCredentials(DatabaseUrl.local(5432, "intake"), "intake", "s3cr3t");

		assertThat(credentials.toString()).contains("intake").doesNotContain("s3cr3t");
	}

}
