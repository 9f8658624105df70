package vn.onestop.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

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

	/** A problem+json body for the errors Reactor Netty answers before Spring sees the request. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpServer.class, NettyServerCustomizer.class })
	static class NettyErrors {

		@Bean
		NettyServerCustomizer bareErrorProblems() {
			return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
				if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
					channel.pipeline()
						.addAfter(NettyPipeline.HttpCodec, BareErrorProblemHandler.NAME, new BareErrorProblemHandler());
				}
			});
		}

	}

}
