package vn.onestop.intake.queue.model;

/**
 * The people a center serves first. The list follows the laws on the elderly (from 60), on persons with
 * disabilities and on people with merit to the revolution, and the usual care for pregnant women and people with
 * small children; which groups a center accepts is part of its set-up.
 */
public enum PriorityGroup {

	ELDERLY("Người cao tuổi"),
	DISABILITY("Người khuyết tật"),
	PREGNANT("Phụ nữ mang thai"),
	SMALL_CHILDREN("Người đưa theo con nhỏ"),
	MERIT("Người có công với cách mạng");

	private final String label;

	PriorityGroup(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
