package vn.onestop.web.api;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.web.config.WebProperties;

/** The two clients of {@link Api}: the same gateway, with and without the user's token (token relay). */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	Api api(WebClient.Builder builder, WebProperties web, ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
			.responseTimeout(Duration.ofSeconds(10));
		int maxAnswer = (int) web.apiMaxAnswerSize().toBytes();
		WebClient.Builder base = builder.clone()
			.baseUrl(web.apiUrl().toString())
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(maxAnswer));
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		ServerOAuth2AuthorizedClientExchangeFilterFunction relay = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				manager);
		relay.setDefaultOAuth2AuthorizedClient(true);
		return new Api(base.clone().build(), base.clone().filter(relay).build());
	}

}
