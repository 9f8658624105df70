package vn.onestop.gateway.origin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

	@Bean
	ClientAddresses clientAddresses(ClientAddressProperties properties) {
		return new ClientAddresses(properties.trustedProxies());
	}

	@Bean
	ClientAddressHeadersFilter clientAddressHeadersFilter(ClientAddresses addresses) {
		return new ClientAddressHeadersFilter(addresses);
	}

}
