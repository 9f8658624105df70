package vn.onestop.notification.pacing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ QuietHoursProperties.class, SmsBudgetProperties.class })
class PacingConfiguration {

	@Bean
	Pacing pacing(QuietHoursProperties quietHours, SmsBudgetProperties budget) {
		return new Pacing(quietHours.quietHours(), budget.budget(), quietHours.nonUrgentEventTypes());
	}

}
