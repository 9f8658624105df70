package vn.onestop.web.admin;

import java.util.List;

import org.springframework.web.util.UriBuilder;

/**
 * The audit log's filters as the page's query carries them: which service's log (each service keeps its own), who,
 * which action, which ward, from and to (dates). Only platform ids, action names and dates go in the URL.
 */
record AuditFilter(String service, String actor, String action, String ward, String from, String to, int page) {

	static final List<String> SERVICES = List.of("intake", "citizen", "notification");

	static final List<String> ACTIONS = List.of("procedure.publish", "calendar.replace", "template.change");

	AuditFilter {
		service = service != null && SERVICES.contains(service) ? service : SERVICES.get(0);
		actor = clean(actor);
		action = clean(action);
		ward = clean(ward);
		from = clean(from);
		to = clean(to);
		page = Math.max(0, Math.min(page, 10_000));
	}

	UriBuilder query(UriBuilder uri, int size) {
		add(uri, "actor", this.actor);
		add(uri, "action", this.action);
		add(uri, "ward", this.ward);
		add(uri, "from", DayText.toApi(this.from));
		add(uri, "to", DayText.toApi(this.to));
		return uri.queryParam("page", this.page).queryParam("size", size);
	}

	AuditFilter page(int page) {
		return new AuditFilter(this.service, this.actor, this.action, this.ward, this.from, this.to, page);
	}

	private static void add(UriBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
