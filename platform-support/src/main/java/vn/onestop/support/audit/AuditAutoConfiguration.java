package vn.onestop.support.audit;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.config.web.server.ServerHttpSecurity;

/** The audit log in every service that has a database and checks tokens; the gateway has neither. */
@AutoConfiguration(afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ DatabaseClient.class, ServerHttpSecurity.class })
@ConditionalOnBean(DatabaseClient.class)
@Import(AuditResource.class)
public class AuditAutoConfiguration {

	@Bean
	AuditLog auditLog(DatabaseClient db, ObjectProvider<JsonMapper> json, ObjectProvider<Clock> clock) {
		return new AuditLog(db, json.getIfAvailable(JsonMapper::new), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	AuditOriginWebFilter auditOriginWebFilter() {
		return new AuditOriginWebFilter();
	}

}
