package vn.onestop.notification.delivery;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeliveryProperties.class, ReceiptProperties.class })
class DeliveryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

	@Bean
	DeliveryRules deliveryRules(DeliveryProperties properties) {
		return new DeliveryRules(properties.maxAttempts(), properties.retry().backoff(),
				() -> ThreadLocalRandom.current().nextDouble());
	}

	@Bean
	ReceiptSecret receiptSecret(ReceiptProperties properties) {
		ReceiptSecret secret = new ReceiptSecret(properties.receiptToken());
		if (!secret.isConfigured()) {
			log.warn("notification.sms.receipt-token (env NOTIFICATION_SMS_RECEIPT_TOKEN) is not set: every SMS "
					+ "delivery receipt is refused");
		}
		return secret;
	}

}
