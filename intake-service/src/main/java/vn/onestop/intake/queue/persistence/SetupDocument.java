package vn.onestop.intake.queue.persistence;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.onestop.intake.calendar.WorkingSession;
import vn.onestop.intake.calendar.WorkingSessions;
import vn.onestop.intake.queue.model.CenterSetup;
import vn.onestop.intake.queue.model.Counter;
import vn.onestop.intake.queue.model.OrderingPolicy;
import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.intake.queue.model.QueueField;

/**
 * A {@link CenterSetup} written out with every value explicit, as stored in {@code queue_setup.setup} and as the API
 * shows it: sessions as "HH:mm-HH:mm", minutes as numbers, counters and priority groups in a stable order. It is read
 * back without the ward's sessions: the set-up was checked against them when it was saved, and a center keeps the
 * hours it chose until its leader changes them.
 */
public record SetupDocument(List<Field> fields, List<CounterDocument> counters, List<String> priorityGroups,
		String ordering, int priorityHeadStartMinutes, int recallLimit, int notifyAhead) {

	public record Field(String code, String name, String prefix, int dailyCap, List<String> sessions,
			int expectedServiceMinutes) {
	}

	public record CounterDocument(int number, List<String> fields) {
	}

	public static SetupDocument of(CenterSetup setup) {
		List<Field> fields = setup.fields()
			.stream()
			.map(field -> new Field(field.code(), field.name(), field.prefix(), field.dailyCap(),
					field.sessions().sessions().stream().map(SetupDocument::written).toList(),
					(int) field.expectedService().toMinutes()))
			.toList();
		List<String> order = setup.fields().stream().map(QueueField::code).toList();
		List<CounterDocument> counters = setup.counters()
			.stream()
			.sorted(Comparator.comparingInt(Counter::number))
			.map(counter -> new CounterDocument(counter.number(),
					counter.fields().stream().sorted(Comparator.comparingInt(order::indexOf)).toList()))
			.toList();
		List<String> groups = setup.priorityGroups().stream().sorted().map(PriorityGroup::name).toList();
		return new SetupDocument(fields, counters, groups, setup.ordering().kind().name(),
				(int) setup.ordering().priorityHeadStart().toMinutes(), setup.recallLimit(), setup.notifyAhead());
	}

	public CenterSetup toSetup() {
		List<QueueField> queueFields = this.fields.stream()
			.map(field -> new QueueField(field.code(), field.name(), field.prefix(), field.dailyCap(),
					new WorkingSessions(field.sessions().stream().map(SetupDocument::session).toList()),
					Duration.ofMinutes(field.expectedServiceMinutes())))
			.toList();
		List<Counter> counterList = this.counters.stream()
			.map(counter -> new Counter(counter.number(), Set.copyOf(counter.fields())))
			.toList();
		Set<PriorityGroup> groups = this.priorityGroups.stream().map(PriorityGroup::valueOf).collect(Collectors.toSet());
		OrderingPolicy policy = new OrderingPolicy(OrderingPolicy.Kind.valueOf(this.ordering),
				Duration.ofMinutes(this.priorityHeadStartMinutes));
		return new CenterSetup(queueFields, counterList, groups, policy, this.recallLimit, this.notifyAhead);
	}

	static String written(WorkingSession session) {
		return session.start() + "-" + session.end();
	}

	private static WorkingSession session(String written) {
		String[] bounds = written.split("-", 2);
		return new WorkingSession(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1]));
	}

}
