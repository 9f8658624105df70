package vn.onestop.support.db;

/** Where a service's database is and which role it logs in with. */
public record DatabaseCredentials(DatabaseUrl url, String username, String password) {

	@Override
	public String toString() {
		return "DatabaseCredentials[" + this.url.plain() + " as " + this.username + "]";
	}

}
