package vn.onestop.notification.template;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;

/** Templates and their versions, from V2__templates.sql. */
@Repository
class TemplateRepository {

	private static final String SELECT = "select t.id, t.event_type, t.channel, t.procedure_group, t.kind, t.description, "
			+ "v.version, v.subject, v.body, v.max_segments, v.created_at from template t join template_version v on v.template_id = t.id ";

	private static final String CURRENT = SELECT + "and v.version = t.current_version ";

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	TemplateRepository(DatabaseClient db, TransactionalOperator transaction) {
		this.db = db;
		this.transaction = transaction;
	}

	Flux<Template> findCurrent(String eventType, Channel channel) {
		return this.db.sql(CURRENT + "where (:eventType = '' or t.event_type = :eventType) "
				+ "and (:channel = '' or t.channel = :channel) order by t.event_type, t.channel, t.kind, t.id")
			.bind("eventType", eventType == null ? "" : eventType)
			.bind("channel", channel == null ? "" : channel.name())
			.map(TemplateRepository::template)
			.all();
	}

	Mono<Template> findCurrent(String id) {
		return this.db.sql(CURRENT + "where t.id = :id").bind("id", id).map(TemplateRepository::template).one();
	}

	Mono<Template> findVersion(String id, int version) {
		return this.db.sql(SELECT + "where t.id = :id and v.version = :version")
			.bind("id", id)
			.bind("version", version)
			.map(TemplateRepository::template)
			.one();
	}

	/** Adds the next version; concurrent saves of one template queue on its row. */
	Mono<Template> saveNewVersion(Template current, TemplateContent content) {
		Mono<Template> save = this.db
			.sql("update template set current_version = current_version + 1 where id = :id returning current_version")
			.bind("id", current.id())
			.map(row -> row.get("current_version", Integer.class))
			.one()
			.flatMap(version -> insertVersion(current.id(), version, content)
				.map(createdAt -> current.withContent(version, content, createdAt)));
		return this.transaction.transactional(save);
	}

	private Mono<Instant> insertVersion(String id, int version, TemplateContent content) {
		DatabaseClient.GenericExecuteSpec insert = this.db
			.sql("insert into template_version (template_id, version, subject, body, max_segments) "
					+ "values (:id, :version, :subject, :body, :maxSegments) returning created_at")
			.bind("id", id)
			.bind("version", version)
			.bind("body", content.body());
		insert = content.subject() == null || content.subject().isBlank() ? insert.bindNull("subject", String.class)
				: insert.bind("subject", content.subject());
		insert = content.maxSegments() == null ? insert.bindNull("maxSegments", Integer.class)
				: insert.bind("maxSegments", content.maxSegments());
		return insert.map(row -> row.get("created_at", OffsetDateTime.class).toInstant()).one();
	}

	private static Template template(Readable row) {
		return new Template(row.get("id", String.class), row.get("event_type", String.class),
				Channel.valueOf(row.get("channel", String.class)), row.get("procedure_group", String.class),
				TemplateKind.valueOf(row.get("kind", String.class)), row.get("description", String.class),
				row.get("version", Integer.class), new TemplateContent(row.get("subject", String.class),
						row.get("body", String.class), row.get("max_segments", Integer.class)),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}

}
