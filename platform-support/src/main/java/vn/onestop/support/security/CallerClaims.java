package vn.onestop.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@link Caller} from an access token's claims. Roles come from {@code roles} or, as Keycloak writes them,
 * {@code realm_access.roles}; ward codes from {@code wards}; a citizen's personal ID number from {@code pid}; the
 * name from {@code preferred_username}, else {@code sub}. A claim may be a list or a space-separated string.
 * Values that are not a known role, a 5-digit ward code or a 12/9-digit ID number are ignored: a token never
 * grants more than it clearly says.
 */
public final class CallerClaims {

	public static final String ROLES = "roles";

	public static final String WARDS = "wards";

	public static final String PERSONAL_ID = "pid";

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}");

	private CallerClaims() {
	}

	public static Caller from(Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		values(claims.get(ROLES)).forEach(value -> Role.named(value).ifPresent(roles::add));
		if (claims.get("realm_access") instanceof Map<?, ?> realm) {
			values(realm.get(ROLES)).forEach(value -> Role.named(value).ifPresent(roles::add));
		}
		Set<String> wards = new LinkedHashSet<>();
		values(claims.get(WARDS)).stream().filter(code -> WARD_CODE.matcher(code).matches()).forEach(wards::add);
		String pid = claims.get(PERSONAL_ID) instanceof String value && ID_NUMBER.matcher(value).matches() ? value : null;
		String subject = text(claims.get("preferred_username"));
		if (subject == null) {
			subject = text(claims.get("sub"));
		}
		if (subject == null) {
			return Caller.ANONYMOUS;
		}
		return new Caller(subject, roles, wards, pid);
	}

	private static List<String> values(Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof String text) {
			for (String part : text.trim().split("[\\s,]+")) {
				if (!part.isEmpty()) {
					values.add(part);
				}
			}
		}
		else if (claim instanceof Collection<?> items) {
			items.forEach(item -> {
				if (item instanceof String text) {
					values.add(text.trim());
				}
			});
		}
		return values;
	}

	private static String text(Object claim) {
		return claim instanceof String text && !text.isBlank() && text.length() <= 200 ? text.strip() : null;
	}

}
