package vn.onestop.intake.queue.reading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.SetupRepository;

/**
 * The display's data in three small queries: the last calls and recalls from the history (its calls index), the
 * waiting count per field (the waiting index) and when today's tickets last changed.
 */
@Service
class ReadingBoard {

	static final int LAST_CALLS = 10;

	private final SetupRepository setups;

	private final DatabaseClient db;

	private final Clock clock;

	ReadingBoard(SetupRepository setups, DatabaseClient db, ObjectProvider<Clock> clock) {
		this.setups = setups;
		this.db = db;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<BoardView> board(String ward) {
		LocalDate day = QueueDay.of(this.clock.instant());
		return this.setups.find(ward)
			.switchIfEmpty(Mono.error(QueueProblems::notSetUp))
			.flatMap(setup -> Mono.zip(lastCalls(ward, day), waiting(ward, day), lastChange(ward, day))
				.map(found -> new BoardView(ward, setup.centerName(), day,
						found.getT3().isAfter(setup.updatedAt()) ? found.getT3() : setup.updatedAt(), found.getT1(),
						waitingPerField(setup, found.getT2()))));
	}

	private Mono<List<BoardView.Call>> lastCalls(String ward, LocalDate day) {
		return this.db.sql("select t.prefix, t.sequence, h.counter, h.at from queue_ticket_history h "
				+ "join queue_ticket t on t.id = h.ticket_id where h.ward_code = :ward and h.day = :day "
				+ "and h.action in ('CALL', 'RECALL') order by h.id desc limit " + LAST_CALLS)
			.bind("ward", ward)
			.bind("day", day)
			.map(row -> new BoardView.Call(
					new TicketNumber(row.get("prefix", String.class), row.get("sequence", Integer.class)).value(),
					row.get("counter", Integer.class), row.get("at", OffsetDateTime.class).toInstant()))
			.all()
			.collectList();
	}

	private Mono<Map<String, Long>> waiting(String ward, LocalDate day) {
		return this.db.sql("select field, count(*) as waiting from queue_ticket where ward_code = :ward and day = :day "
				+ "and status = 'WAITING' group by field")
			.bind("ward", ward)
			.bind("day", day)
			.map(row -> Map.entry(row.get("field", String.class), row.get("waiting", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private Mono<Instant> lastChange(String ward, LocalDate day) {
		return this.db.sql("select max(updated_at) as changed from queue_ticket where ward_code = :ward and day = :day")
			.bind("ward", ward)
			.bind("day", day)
			.map(row -> {
				OffsetDateTime changed = row.get("changed", OffsetDateTime.class);
				return changed == null ? Instant.EPOCH : changed.toInstant();
			})
			.one();
	}

	private static List<BoardView.Waiting> waitingPerField(StoredSetup setup, Map<String, Long> counts) {
		return setup.setup()
			.fields()
			.stream()
			.map(field -> new BoardView.Waiting(field.code(), field.name(), field.prefix(),
					counts.getOrDefault(field.code(), 0L)))
			.toList();
	}

}
