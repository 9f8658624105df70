package vn.onestop.intake.statistics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsProperties.class)
class StatisticsConfiguration {

}
