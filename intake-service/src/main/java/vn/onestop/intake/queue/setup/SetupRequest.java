package vn.onestop.intake.queue.setup;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.onestop.intake.queue.model.SetupForm;

/** A center's set-up as its leader sends it; every value is checked by SetupRules, left-out ones take defaults. */
record SetupRequest(@Schema(description = "1 to 200 characters, one line", example = "Trung tâm Phục vụ hành chính công phường Hải Châu") String centerName,
		@Schema(description = "1 to 30 fields") List<SetupForm.FieldForm> fields,
		@Schema(description = "counters numbered 1…n, each serving one or more fields") List<SetupForm.CounterForm> counters,
		@Schema(description = "ELDERLY, DISABILITY, PREGNANT, SMALL_CHILDREN, MERIT; default all five") List<String> priorityGroups,
		@Schema(description = "STRICT_PRIORITY or BALANCED (default)") String ordering,
		@Schema(description = "BALANCED: 1 to 240, default 30") Integer priorityHeadStartMinutes,
		@Schema(description = "0 to 5, default 2") Integer recallLimit,
		@Schema(description = "1 to 30 places, default 5") Integer notifyAhead) {

	SetupForm form() {
		return new SetupForm(this.fields, this.counters, this.priorityGroups, this.ordering,
				this.priorityHeadStartMinutes, this.recallLimit, this.notifyAhead);
	}

}
