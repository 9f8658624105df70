package vn.onestop.gateway.origin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.client-address.trusted-proxies} ({@code TRUSTED_PROXIES}, comma-separated addresses or CIDR
 * ranges): the load balancers in front of the gateway whose {@code X-Forwarded-For} is believed. Default none.
 */
@ConfigurationProperties("platform.client-address")
public record ClientAddressProperties(List<String> trustedProxies) {

	public ClientAddressProperties {
		trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
	}

}
