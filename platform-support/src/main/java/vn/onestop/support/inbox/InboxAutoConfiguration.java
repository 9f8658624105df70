package vn.onestop.support.inbox;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The event inbox of every service that declares at least one {@link EventHandler}. */
@AutoConfiguration(afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
		"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration" })
@ConditionalOnClass({ DatabaseClient.class, io.swagger.v3.oas.annotations.Hidden.class })
@ConditionalOnBean(EventHandler.class)
public class InboxAutoConfiguration {

	@Bean
	ReceivingEvents receivingEvents(DatabaseClient database, ReactiveTransactionManager transactions,
			List<EventHandler> handlers) {
		return new ReceivingEvents(database, TransactionalOperator.create(transactions), handlers);
	}

	@Bean
	InboxResource inboxResource(ReceivingEvents receiving, ObjectProvider<JsonMapper> json, ObjectProvider<Validator> validator) {
		return new InboxResource(receiving, new ReadingEvents(json.getIfAvailable(JsonMapper::new),
				validator.getIfAvailable(() -> Validation.buildDefaultValidatorFactory().getValidator())));
	}

}
