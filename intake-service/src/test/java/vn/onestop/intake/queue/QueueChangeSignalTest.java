package vn.onestop.intake.queue;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.queue.persistence.QueueSignal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A take and a set-up tell the replicas that the ward's queue changed, by a notification on {@code queue_changed}
 * sent when their transaction commits; a refused take sends none.
 */
class QueueChangeSignalTest extends IntakeContext {

	@Autowired
	ConnectionFactory connections;

	@Test
	void aCommittedTakeOrSetupNotifiesTheWardAndARefusedTakeNothing() {
		String wardX = freshWard();
		String wardY = freshWard();
		setUp(wardX, QueueRequests.setup(1));
		setUp(wardY, QueueRequests.setup(10));
		List<String> heard = new CopyOnWriteArrayList<>();
		Connection connection = Mono.from(this.connections.create()).block();
		PostgresqlConnection postgres = (PostgresqlConnection) ((Wrapped<?>) connection).unwrap();
		Disposable listening = postgres.getNotifications()
			.filter(notification -> QueueSignal.CHANNEL.equals(notification.getName()))
			.subscribe(notification -> heard.add(notification.getParameter()));
		try {
			postgres.createStatement("LISTEN " + QueueSignal.CHANNEL).execute().flatMap(result -> result.getRowsUpdated())
				.blockLast();
			take(wardX, QueueRequests.take("HO_TICH"), 201);
			take(wardX, QueueRequests.take("HO_TICH"), 409);
			take(wardX, QueueRequests.take("CHUNG_THUC"), 409);
			take(wardY, QueueRequests.take("HO_TICH"), 201);
			awaitHeard(heard, list -> list.contains(wardY));
			assertThat(heard).containsExactly(wardX, wardY);

			setUp(wardX, QueueRequests.setup(5));
			awaitHeard(heard, list -> list.size() == 3);
			assertThat(heard).containsExactly(wardX, wardY, wardX);
		}
		finally {
			listening.dispose();
			Mono.from(connection.close()).block();
		}
	}

	private void setUp(String ward, String body) {
		this.client.put().uri("/queue/{ward}/setup", ward).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange().expectStatus().isOk();
	}

	private void take(String ward, String body, int status) {
		as(QueueRequests.kiosk(ward)).post().uri("/queue/{ward}/tickets", ward).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body).exchange().expectStatus().isEqualTo(status);
	}

	private static void awaitHeard(List<String> heard, Predicate<List<String>> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!done.test(heard)) {
			assertThat(Instant.now()).as("notifications heard by now: %s", heard).isBefore(deadline);
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

}
