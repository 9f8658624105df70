package vn.onestop.web.officer;

import java.util.List;
import java.util.Optional;

/** The inbox's tabs: all dossiers, or one status of intake's lifecycle (codes as the API numbers them). */
public enum InboxTab {

	ALL(null), RECEIVED(2), IN_PROCESSING(4), SUPPLEMENT_REQUESTED(5), FEES_DUE(6), RESULT_READY(9), RETURNED(10);

	private final Integer status;

	InboxTab(Integer status) {
		this.status = status;
	}

	Optional<Integer> status() {
		return Optional.ofNullable(this.status);
	}

	public String parameter() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static InboxTab of(String parameter) {
		for (InboxTab tab : values()) {
			if (tab.parameter().equals(parameter)) {
				return tab;
			}
		}
		return ALL;
	}

	static List<InboxTab> all() {
		return List.of(values());
	}

}
