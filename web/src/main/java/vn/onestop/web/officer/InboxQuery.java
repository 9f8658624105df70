package vn.onestop.web.officer;

import java.util.Locale;

/**
 * What the inbox shows: a tab (a status), a deadline filter, a search by code or citizen name (sent to the API,
 * which folds the accents) and a page. The search is posted, never put in the page's URL: it may be a person's name.
 */
record InboxQuery(InboxTab tab, Deadline deadline, String search, int page) {

	static final int MAX_SEARCH = 100;

	enum Deadline {

		ALL, NEAR_DUE, OVERDUE;

		String parameter() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Deadline of(String parameter) {
			for (Deadline deadline : values()) {
				if (deadline.parameter().equals(parameter)) {
					return deadline;
				}
			}
			return ALL;
		}

	}

	static InboxQuery of(String tab, String deadline, String search, String page) {
		String text = search == null ? "" : search.strip();
		return new InboxQuery(InboxTab.of(tab), Deadline.of(deadline),
				text.length() > MAX_SEARCH ? text.substring(0, MAX_SEARCH) : text, pageOf(page));
	}

	private static int pageOf(String page) {
		try {
			return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	public String deadlineParameter() {
		return this.deadline.parameter();
	}

}
