package vn.onestop.intake.dossier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DossierProperties.class)
class DossierConfiguration {

}
