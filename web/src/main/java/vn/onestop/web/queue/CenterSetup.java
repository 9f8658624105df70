package vn.onestop.web.queue;

import java.util.List;

/** intake's {@code GET /queue/{ward}/setup}, the parts the pages show: fields, counters and priority groups. */
record CenterSetup(String ward, String centerName, List<Field> fields, List<Counter> counters,
		List<String> priorityGroups) {

	CenterSetup {
		fields = fields == null ? List.of() : List.copyOf(fields);
		counters = counters == null ? List.of() : List.copyOf(counters);
		priorityGroups = priorityGroups == null ? List.of() : List.copyOf(priorityGroups);
	}

	Counter counter(int number) {
		return this.counters.stream().filter(counter -> counter.number() == number).findFirst().orElse(null);
	}

	/** The names of the fields a counter serves, as the chooser lists them. */
	public String fieldNames(Counter counter) {
		return String.join(", ", counter.fields().stream().map(this::fieldName).toList());
	}

	String fieldName(String code) {
		return this.fields.stream().filter(field -> field.code().equals(code)).map(Field::name).findFirst().orElse(code);
	}

	record Field(String code, String name, String prefix, List<String> sessions) {

		Field {
			sessions = sessions == null ? List.of() : List.copyOf(sessions);
		}

	}

	record Counter(int number, List<String> fields) {

		Counter {
			fields = fields == null ? List.of() : List.copyOf(fields);
		}

	}

}
