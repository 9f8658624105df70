package vn.onestop.intake.queue.serving;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClosingProperties.class)
class ServingConfiguration {

}
