package vn.onestop.support.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured limit, and the per-exchange limit an earlier filter may set for one endpoint. */
class BodySizeLimitWebFilterTest {

	private final BodySizeLimitWebFilter filter = new BodySizeLimitWebFilter(DataSize.ofBytes(10));

	@Test
	void refusesADeclaredLengthOverTheLimitAtOnce() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/items").contentLength(11)
			.body("01234567890"));
		StepVerifier.create(this.filter.filter(exchange, readingBody(new AtomicReference<>())))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(PayloadTooLargeException.class)
				.hasMessageContaining("10 bytes"))
			.verify();
	}

	@Test
	void refusesAStreamedBodyOnceItGrowsOverTheLimit() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/items")
			.body(Flux.just(buffer("012345"), buffer("67890"))));
		StepVerifier.create(this.filter.filter(exchange, readingBody(new AtomicReference<>())))
			.expectError(PayloadTooLargeException.class)
			.verify();
	}

	@Test
	void letsABodyWithinTheLimitThrough() {
		AtomicReference<String> read = new AtomicReference<>();
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/items").body("0123456789"));
		StepVerifier.create(this.filter.filter(exchange, readingBody(read))).verifyComplete();
		assertThat(read.get()).isEqualTo("0123456789");
	}

	@Test
	void anEarlierFilterMayRaiseTheLimitForOneExchange() {
		AtomicReference<String> read = new AtomicReference<>();
		WebFilter raising = (exchange, chain) -> {
			exchange.getAttributes().put(BodySizeLimitWebFilter.LIMIT, DataSize.ofBytes(20));
			return chain.filter(exchange);
		};
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/imports")
			.contentLength(15).body("012345678901234"));
		StepVerifier.create(raising.filter(exchange, raised -> this.filter.filter(raised, readingBody(read))))
			.verifyComplete();
		assertThat(read.get()).hasSize(15);

		MockServerWebExchange tooLarge = MockServerWebExchange.from(MockServerHttpRequest.post("/imports")
			.body(Flux.just(buffer("0123456789"), buffer("0123456789"), buffer("0"))));
		StepVerifier.create(raising.filter(tooLarge, raised -> this.filter.filter(raised, readingBody(read))))
			.expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("20 bytes"))
			.verify();
	}

	@Test
	void anEarlierFilterMayLowerTheLimitForOneExchange() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/small").body("012345"));
		exchange.getAttributes().put(BodySizeLimitWebFilter.LIMIT, DataSize.ofBytes(5));
		StepVerifier.create(this.filter.filter(exchange, readingBody(new AtomicReference<>())))
			.expectError(PayloadTooLargeException.class)
			.verify();
	}

	private static WebFilterChain readingBody(AtomicReference<String> read) {
		return (ServerWebExchange exchange) -> DataBufferUtils.join(exchange.getRequest().getBody())
			.doOnNext(joined -> {
				read.set(joined.toString(StandardCharsets.UTF_8));
				DataBufferUtils.release(joined);
			})
			.then(Mono.empty());
	}

	private static DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
