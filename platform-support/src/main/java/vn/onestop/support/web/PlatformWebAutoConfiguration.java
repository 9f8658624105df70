package vn.onestop.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.ServerCodecConfigurer;

/** Wires request ids, access log, body limit and problem answers into every reactive application. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(HttpLimitsProperties.class)
public class PlatformWebAutoConfiguration {

	@Bean
	RequestIdHttpHandlerDecorator requestIdHttpHandlerDecorator() {
		return new RequestIdHttpHandlerDecorator();
	}

	@Bean
	RequestLogWebFilter requestLogWebFilter() {
		return new RequestLogWebFilter();
	}

	@Bean
	BodySizeLimitWebFilter bodySizeLimitWebFilter(HttpLimitsProperties limits) {
		return new BodySizeLimitWebFilter(limits.maxBodySize());
	}

	@Bean
	ProblemWebExceptionHandler problemWebExceptionHandler(ServerCodecConfigurer codecs) {
		return new ProblemWebExceptionHandler(codecs);
	}

}
