package vn.onestop.support.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL location given once, in any of the usual spellings ({@code postgresql://h:p/db},
 * {@code jdbc:postgresql://…}, {@code r2dbc:postgresql://…}), turned into the JDBC URL Flyway needs
 * and the R2DBC URL the application uses.
 */
public record DatabaseUrl(String hostAndPort, String database, String query) {

	private static final Pattern FORM = Pattern
		.compile("^(?:jdbc:|r2dbc:)?(?:postgresql|postgres)://([^/?]+)/([^/?]+)(?:\\?(.*))?$");

	public static DatabaseUrl parse(String url) {
		Matcher m = FORM.matcher(url == null ? "" : url.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"Database URL must look like postgresql://host:port/database (optionally prefixed jdbc: or r2dbc:)");
		}
		return new DatabaseUrl(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
	}

	public static DatabaseUrl local(int port, String database) {
		return new DatabaseUrl("localhost:" + port, database, "");
	}

	public String jdbc() {
		return "jdbc:postgresql://" + this.hostAndPort + "/" + this.database + suffix();
	}

	public String r2dbc() {
		return "r2dbc:postgresql://" + this.hostAndPort + "/" + this.database + suffix();
	}

	public String plain() {
		return "postgresql://" + this.hostAndPort + "/" + this.database + suffix();
	}

	private String suffix() {
		return this.query.isEmpty() ? "" : "?" + this.query;
	}

}
