package vn.onestop.notification.channel;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SmsProperties.class, SmtpProperties.class, ChannelsProperties.class })
class ChannelConfiguration {

	@Bean
	SmsProvider smsProvider(SmsProperties properties, WebClient.Builder webClient) {
		return switch (properties.provider()) {
			case HTTP -> new HttpSmsProvider(properties.http(), webClient);
			case LOCAL -> new LocalSmsProvider();
		};
	}

	@Bean(destroyMethod = "stop")
	EmbeddedSmtpServer embeddedSmtpServer(SmtpProperties properties) {
		EmbeddedSmtpServer server = new EmbeddedSmtpServer(properties.embeddedPort());
		if (properties.embedded()) {
			server.start();
		}
		return server;
	}

	@Bean(destroyMethod = "close")
	SmtpEmailSender smtpEmailSender(SmtpProperties properties, EmbeddedSmtpServer embeddedSmtpServer) {
		return new SmtpEmailSender(properties);
	}

	@Bean
	Channels channels(SmsProvider sms, SmsProperties smsProperties, SmtpEmailSender email, ChannelsProperties properties) {
		return new Channels(sms, smsProperties.brandname(), email, properties);
	}

	/** The channels' breakers are not Spring Cloud's: export them as resilience4j_circuitbreaker_*{name}. */
	@Bean
	MeterBinder channelBreakerMetrics(Channels channels) {
		return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(channels.breakers());
	}

}
