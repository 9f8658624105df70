package vn.onestop.notification.delivery;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

	@Bean
	DeliveryRules deliveryRules(DeliveryProperties properties) {
		return new DeliveryRules(properties.maxAttempts(), properties.retry().backoff(),
				() -> ThreadLocalRandom.current().nextDouble());
	}

}
