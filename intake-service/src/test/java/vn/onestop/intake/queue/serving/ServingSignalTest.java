package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import vn.onestop.intake.queue.persistence.QueueSignal;

/**
 * A call, an action and the closing tell the replicas that the ward's queue changed ({@code queue_changed}, sent
 * when their transaction commits); a refused action and a call with nobody waiting send nothing.
 */
class ServingSignalTest extends ServingContext {

	@Autowired
	private ConnectionFactory connections;

	@Autowired
	private ClosingDays closing;

	@Test
	void callsActionsAndTheClosingSignalTheirWardAndRefusalsNothing() {
		String wardX = wardWith(center());
		String wardY = wardWith(center());
		take(wardX, "A001", "HO_TICH", "08:00");
		take(wardY, "B001", "DAT_DAI", "08:00");
		List<String> heard = new CopyOnWriteArrayList<>();
		Connection connection = Mono.from(this.connections.create()).block();
		PostgresqlConnection postgres = (PostgresqlConnection) ((Wrapped<?>) connection).unwrap();
		Disposable listening = postgres.getNotifications()
			.filter(notification -> QueueSignal.CHANNEL.equals(notification.getName()))
			.map(notification -> notification.getParameter())
			.filter(ward -> ward.equals(wardX) || ward.equals(wardY))
			.subscribe(heard::add);
		try {
			postgres.createStatement("LISTEN " + QueueSignal.CHANNEL).execute().flatMap(result -> result.getRowsUpdated())
				.blockLast();
			ok(call(wardX, 1));
			awaitHeard(heard, list -> list.size() == 1);
			status(act(wardX, "A001", "start", "{\"counter\":2}"), 409);
			status(call(wardX, 2), 204);
			ok(act(wardX, "A001", "recall", "{\"counter\":1}"));
			awaitHeard(heard, list -> list.size() == 2);
			assertThat(heard).containsExactly(wardX, wardX);

			this.clock.set(LocalDateTime.of(DAY, LocalTime.of(11, 30)));
			this.closing.close().block();
			awaitHeard(heard, list -> list.size() == 3);
			assertThat(heard).containsExactly(wardX, wardX, wardY);
		}
		finally {
			listening.dispose();
			Mono.from(connection.close()).block();
		}
	}

	private static void awaitHeard(List<String> heard, Predicate<List<String>> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!done.test(heard)) {
			assertThat(Instant.now()).as("notifications heard by now: %s", heard).isBefore(deadline);
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

}
