package vn.onestop.intake.citizen;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.support.privacy.Masking;
import vn.onestop.support.security.ServiceCredentials;

/**
 * Finds or creates a citizen in citizen-service, inside a breaker with a time limit, with the platform's SERVICE
 * token (intake has checked the officer's ward itself). Personal ID numbers travel only in request bodies, never
 * in URLs.
 */
@Component
public class CitizenServiceClient implements DisposableBean {

	static final String BREAKER = "citizen-service";

	private static final Logger log = LoggerFactory.getLogger(CitizenServiceClient.class);

	private final WebClient web;

	private final ReactiveCircuitBreaker breaker;

	private final ConnectionProvider connections;

	private final Duration timeout;

	CitizenServiceClient(CitizenServiceProperties properties, ReactiveCircuitBreakerFactory<?, ?> breakers,
			ServiceCredentials credentials) {
		// as many connections as calls may be in flight: Reactor Netty's shared pool (16 connections and 32 waiting
		// on 2 cores) would otherwise refuse what the bulkhead lets through
		this.connections = ConnectionProvider.builder(BREAKER)
			.maxConnections(properties.maxConcurrentCalls())
			.pendingAcquireTimeout(properties.timeout())
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
		HttpClient http = HttpClient.create(this.connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.timeout().toMillis())
			.responseTimeout(properties.timeout());
		this.web = WebClient.builder()
			.baseUrl(properties.url().toString())
			.clientConnector(new ReactorClientHttpConnector(http))
			.filter(credentials.filter())
			.build();
		this.breaker = breakers.create(BREAKER);
		this.timeout = properties.timeout();
	}

	/**
	 * The citizen's id; fails when citizen-service is down, slow, open-circuited or answers out of contract
	 * ({@link CitizenServiceUnavailable}, counted by the breaker), or answers a 4xx ({@link CitizenRefused},
	 * {@link CitizenDeferred}, not counted: the service is working). The time
	 * limit is inside the breaker, which counts a time-out as a failure itself. Spring Cloud's own limit, outside the
	 * breaker, is off for it (application.yml): when the filing had just been cancelled, that limit received the
	 * refusal of an open breaker after the cancel and could only drop it, logged as an error (docs/benchmarks.md, 7).
	 */
	public Mono<UUID> findOrCreate(CitizenSnapshot citizen) {
		return this.breaker.run(lookup(citizen.idNumber()).switchIfEmpty(Mono.defer(() -> create(citizen)))
			.timeout(this.timeout), Mono::error);
	}

	/**
	 * Never fails: linked, refused (a 4xx from citizen-service, kept on the dossier until an officer corrects the
	 * submitter) or failed (down, slow, open-circuited, or a 4xx meaning "not now"; linked later).
	 */
	public Mono<LinkOutcome> link(CitizenSnapshot citizen) {
		return findOrCreate(citizen).<LinkOutcome>map(LinkOutcome.Linked::new).onErrorResume(error -> {
			if (error instanceof CitizenRefused refused) {
				log.info("citizen-service refused citizen {}: {}", Masking.mask(citizen.idNumber()), refused.getMessage());
				return Mono.just(new LinkOutcome.Refused(refused.refusal()));
			}
			log.warn("citizen-service unavailable for citizen {}: {}", Masking.mask(citizen.idNumber()),
					error.toString());
			return Mono.just(new LinkOutcome.Failed(error.toString()));
		});
	}

	@Override
	public void destroy() {
		this.connections.dispose();
	}

	private Mono<UUID> lookup(String idNumber) {
		return this.web.post()
			.uri("/citizens/lookup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("idNumber", idNumber))
			.exchangeToMono(response -> response.statusCode().value() == HttpStatus.NOT_FOUND.value()
					? response.releaseBody().then(Mono.empty()) : idOf(response, HttpStatus.OK));
	}

	private Mono<UUID> create(CitizenSnapshot citizen) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("line", citizen.addressLine());
		address.put("wardCode", citizen.wardCode());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", citizen.idNumber());
		body.put("fullName", citizen.fullName());
		if (citizen.dateOfBirth() != null) {
			body.put("dateOfBirth", citizen.dateOfBirth().toString());
		}
		citizen.gender().ifPresent(gender -> body.put("gender", gender));
		body.put("phone", citizen.phone());
		body.put("email", citizen.email());
		body.put("address", address);
		return this.web.post()
			.uri("/citizens")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono(response -> response.statusCode().value() == HttpStatus.CONFLICT.value()
					? conflictOnCreate(response, citizen.idNumber()) : idOf(response, HttpStatus.CREATED, HttpStatus.OK));
	}

	/**
	 * The ID number is registered already: usually another filing created the citizen meanwhile, so the look-up
	 * finds it. When the look-up still finds nobody (the record is inactive, say), the conflict is the refusal: an
	 * officer has to sort it out, asking again would only repeat it.
	 */
	private Mono<UUID> conflictOnCreate(ClientResponse conflict, String idNumber) {
		return refusalOf(conflict).flatMap(refusal -> lookup(idNumber)
			.switchIfEmpty(Mono.error(() -> new CitizenRefused(refusal))));
	}

	private static Mono<UUID> idOf(ClientResponse response, HttpStatus... expected) {
		int status = response.statusCode().value();
		for (HttpStatus ok : expected) {
			if (ok.value() == status) {
				return response.bodyToMono(CitizenId.class)
					.flatMap(body -> body.id() == null ? Mono.empty() : Mono.just(body.id()))
					.switchIfEmpty(Mono.error(() -> new CitizenServiceUnavailable("answer without an id")));
			}
		}
		if (CitizenDeferred.applies(status)) {
			return response.releaseBody().then(Mono.error(() -> new CitizenDeferred(status)));
		}
		if (response.statusCode().is4xxClientError()) {
			return refusalOf(response).flatMap(refusal -> Mono.error(new CitizenRefused(refusal)));
		}
		return response.releaseBody()
			.then(Mono.error(() -> new CitizenServiceUnavailable("citizen-service answered " + status)));
	}

	/** The answer's problem, or only its status when the body is not a problem. */
	private static Mono<CitizenRefusal> refusalOf(ClientResponse response) {
		int status = response.statusCode().value();
		return response.bodyToMono(Problem.class)
			.map(problem -> new CitizenRefusal(status, problem.type(), problem.title(), problem.detail(), problem.errors()))
			.onErrorResume(unreadable -> Mono.empty())
			.defaultIfEmpty(CitizenRefusal.withoutProblem(status));
	}

	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	record CitizenId(UUID id) {
	}

	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	record Problem(String type, String title, String detail, java.util.List<CitizenRefusal.FieldError> errors) {
	}

}
