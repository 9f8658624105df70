package vn.onestop.intake.dossier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	MutableClock mutableClock() {
		return new MutableClock();
	}

}
