package vn.onestop.notification.channel;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each SMS to a configurable HTTP gateway, with the message id as the client reference. 2xx is
 * accepted; 408, 429 and 5xx are temporary; any other status means the provider refused this message,
 * which retrying will not change. A timeout once the request went out is an unknown outcome
 * ({@link RequestWritten}): the delivery receipt settles it, or the status query if one is configured
 * ({@link #status}).
 */
final class HttpSmsProvider implements SmsProvider {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SmsProperties.Http settings;

	private final SmsBody body;

	private final WebClient client;

	HttpSmsProvider(SmsProperties.Http settings, WebClient.Builder builder) {
		this.settings = settings;
		this.body = new SmsBody(settings.bodyTemplate(), settings.contentType());
		this.client = builder.clone()
			.clientConnector(new ReactorClientHttpConnector(
					HttpClient.create().doOnRequest((request, connection) -> RequestWritten.markIn(request.currentContextView()))))
			.build();
	}

	@Override
	public String name() {
		return this.settings.name();
	}

	@Override
	public Mono<String> send(OutgoingMessage message, String brandname) {
		String payload = this.body.render(Map.of("phone", message.recipient(), "text", message.text(), "brandname",
				brandname, "messageId", message.id().toString()));
		WebClient.RequestBodySpec request = this.client.post()
			.uri(this.settings.url())
			.contentType(MediaType.parseMediaType(this.settings.contentType()));
		if (!this.settings.authHeaderValue().isEmpty()) {
			request = request.header(this.settings.authHeaderName(), this.settings.authHeaderValue());
		}
		WebClient.RequestHeadersSpec<?> post = request.bodyValue(payload);
		return Mono.deferContextual(context -> {
			RequestWritten written = RequestWritten.in(context);
			return post.exchangeToMono(response -> outcome(response, message))
				.timeout(this.settings.timeout())
				.onErrorMap(error -> !(error instanceof ChannelException), written::failure)
				.contextWrite(written::into);
		});
	}

	private Mono<String> outcome(ClientResponse response, OutgoingMessage message) {
		HttpStatusCode status = response.statusCode();
		if (status.is2xxSuccessful()) {
			return response.bodyToMono(String.class).defaultIfEmpty("").map(text -> providerId(text, message));
		}
		ChannelException failure = isTemporary(status) ? ChannelException.temporary("HTTP_" + status.value())
				: ChannelException.permanent("HTTP_" + status.value());
		return response.releaseBody().then(Mono.error(failure));
	}

	@Override
	public boolean answersStatus() {
		return !this.settings.statusUrl().isEmpty();
	}

	/**
	 * Asks the provider about one message: a 2xx answer's {@code status} is read ({@link SmsStatus#of}),
	 * a 404 means the provider does not know the reference; any other answer, an error or a timeout leaves
	 * the question open.
	 */
	@Override
	public Mono<SmsStatus> status(UUID reference) {
		if (!answersStatus()) {
			return Mono.just(SmsStatus.UNANSWERED);
		}
		WebClient.RequestHeadersSpec<?> get = this.client.get()
			.uri(this.settings.statusUri(reference))
			.accept(MediaType.APPLICATION_JSON);
		if (!this.settings.authHeaderValue().isEmpty()) {
			get = get.header(this.settings.authHeaderName(), this.settings.authHeaderValue());
		}
		return get.exchangeToMono(HttpSmsProvider::statusOf)
			.timeout(this.settings.timeout())
			.onErrorReturn(SmsStatus.UNANSWERED);
	}

	private static Mono<SmsStatus> statusOf(ClientResponse response) {
		if (response.statusCode().value() == 404) {
			return response.releaseBody().thenReturn(SmsStatus.NOT_FOUND);
		}
		if (!response.statusCode().is2xxSuccessful()) {
			return response.releaseBody().thenReturn(SmsStatus.UNANSWERED);
		}
		return response.bodyToMono(String.class).map(text -> {
			try {
				JsonNode status = JSON.readTree(text).get("status");
				return status != null && status.isString() ? SmsStatus.of(status.asString()) : SmsStatus.UNANSWERED;
			}
			catch (RuntimeException notJson) {
				return SmsStatus.UNANSWERED;
			}
		}).defaultIfEmpty(SmsStatus.UNANSWERED);
	}

	static boolean isTemporary(HttpStatusCode status) {
		return status.is5xxServerError() || status.value() == 408 || status.value() == 429;
	}

	private String providerId(String responseBody, OutgoingMessage message) {
		try {
			JsonNode id = JSON.readTree(responseBody).get(this.settings.messageIdField());
			if (id != null && id.isValueNode() && !id.asString().isBlank()) {
				return id.asString();
			}
		}
		catch (RuntimeException ex) {
			// Not JSON, or no id: our own id, sent as the reference, identifies the message.
		}
		return message.id().toString();
	}

}
