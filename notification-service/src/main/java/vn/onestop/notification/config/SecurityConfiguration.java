package vn.onestop.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.security.PublicEndpoints;

/**
 * What answers without an access token. Only the SMS provider's delivery receipts: the provider cannot hold a
 * platform token, so a receipt proves itself with the shared secret instead (delivery/ReceiptSecret). Everything
 * else needs a token; which roles and wards each endpoint admits is decided next to the endpoint.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.of("POST /receipts/*");
	}

}
