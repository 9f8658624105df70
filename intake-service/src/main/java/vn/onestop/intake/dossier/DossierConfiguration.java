package vn.onestop.intake.dossier;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.intake.calendar.WorkingCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DossierProperties.class, LookupThrottleProperties.class })
class DossierConfiguration {

	@Bean
	LookupThrottle lookupThrottle(LookupThrottleProperties properties, ObjectProvider<Clock> clock) {
		return new LookupThrottle(properties.settings(), clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE)));
	}

}
