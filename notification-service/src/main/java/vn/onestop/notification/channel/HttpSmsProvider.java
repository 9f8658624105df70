package vn.onestop.notification.channel;

import java.util.Map;

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
 * ({@link RequestWritten}): the delivery receipt settles it.
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
