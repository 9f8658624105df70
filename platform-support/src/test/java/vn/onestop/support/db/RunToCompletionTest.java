package vn.onestop.support.db;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RunToCompletionTest {

	@Test
	void workGoesOnToItsEndWhenTheCallerCancels() throws InterruptedException {
		Sinks.One<String> gate = Sinks.one();
		AtomicBoolean cancelled = new AtomicBoolean();
		CountDownLatch finished = new CountDownLatch(1);
		Mono<String> work = gate.asMono().doOnCancel(() -> cancelled.set(true)).doOnSuccess(v -> finished.countDown());

		RunToCompletion.of(work).subscribe().dispose();
		gate.tryEmitValue("stored");

		assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(cancelled).isFalse();
	}

	@Test
	void passesOnTheValueTheErrorAndTheCallersContext() {
		StepVerifier.create(RunToCompletion.of(Mono.deferContextual(ctx -> Mono.just(ctx.get("actor") + " stored")))
			.contextWrite(ctx -> ctx.put("actor", "officer")))
			.expectNext("officer stored")
			.verifyComplete();
		StepVerifier.create(RunToCompletion.of(Mono.error(new IllegalStateException("refused"))))
			.expectErrorMessage("refused")
			.verify(Duration.ofSeconds(5));
		StepVerifier.create(RunToCompletion.of(Mono.empty())).verifyComplete();
	}

	@Test
	void tellsTheOperatorsWhenWorkWhoseCallerLeftFails(CapturedOutput output) {
		Sinks.One<String> gate = Sinks.one();

		RunToCompletion.of(gate.asMono()).subscribe().dispose();
		gate.tryEmitError(new IllegalStateException("constraint violated"));

		assertThat(output.getOut()).contains("Work whose caller went away failed and was rolled back")
			.contains("constraint violated");
	}

	@Test
	void withoutItTheWorkIsCancelled() {
		Sinks.One<String> gate = Sinks.one();
		AtomicBoolean cancelled = new AtomicBoolean();

		gate.asMono().doOnCancel(() -> cancelled.set(true)).subscribe().dispose();

		assertThat(cancelled).isTrue();
	}

}
