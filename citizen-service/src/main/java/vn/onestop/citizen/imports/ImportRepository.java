package vn.onestop.citizen.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The imports that committed, one row each with its report and all its errors, found again by content. */
@Repository
class ImportRepository {

	private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
	};

	private static final String COLUMNS = "i.id, i.successor_ward, i.source, i.format, i.bytes, i.rows, i.created, "
			+ "i.merged, i.unchanged, i.conflicts, i.invalid, i.imported_at, i.imported_by, "
			+ "jsonb_array_length(i.errors) as error_count, coalesce((select jsonb_agg(e.value order by e.n) "
			+ "from jsonb_array_elements(i.errors) with ordinality as e(value, n) where e.n <= " + ImportReport.ERRORS_SHOWN
			+ "), '[]'::jsonb)::text as shown_errors";

	private final DatabaseClient db;

	private final JsonMapper json;

	ImportRepository(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** Stores the report unless the same content was already imported into the ward; true when stored. */
	Mono<Boolean> insert(ImportReport report, List<ImportError> errors, String sha256) {
		return this.db.sql("insert into citizen_import (id, successor_ward, source, format, content_sha256, bytes, rows, "
				+ "created, merged, unchanged, conflicts, invalid, errors, imported_at, imported_by) values (:id, :ward, "
				+ ":source, :format, :sha256, :bytes, :rows, :created, :merged, :unchanged, :conflicts, :invalid, "
				+ "cast(:errors as jsonb), :at, :actor) on conflict on constraint citizen_import_once do nothing")
			.bind("id", report.importId())
			.bind("ward", report.successorWard())
			.bind("source", report.source())
			.bind("format", report.format().name())
			.bind("sha256", sha256)
			.bind("bytes", report.bytes())
			.bind("rows", (int) report.rows())
			.bind("created", (int) report.created())
			.bind("merged", (int) report.merged())
			.bind("unchanged", (int) report.unchanged())
			.bind("conflicts", (int) report.conflicts())
			.bind("invalid", (int) report.invalid())
			.bind("errors", this.json.writeValueAsString(errors))
			.bind("at", report.importedAt().atOffset(ZoneOffset.UTC))
			.bind("actor", report.importedBy())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<ImportReport> findByContent(String successorWard, String sha256) {
		return this.db.sql("select " + COLUMNS + " from citizen_import i where i.successor_ward = :ward "
				+ "and i.content_sha256 = :sha256")
			.bind("ward", successorWard)
			.bind("sha256", sha256)
			.map(this::report)
			.one();
	}

	Mono<ImportReport> findById(UUID id) {
		return this.db.sql("select " + COLUMNS + " from citizen_import i where i.id = :id")
			.bind("id", id)
			.map(this::report)
			.one();
	}

	/** The ward an import went to, or nothing when there is no such import. */
	Mono<String> successorWard(UUID id) {
		return this.db.sql("select i.successor_ward from citizen_import i where i.id = :id")
			.bind("id", id)
			.map(row -> row.get("successor_ward", String.class))
			.one();
	}

	/** A page of the import's errors, or nothing when there is no such import. */
	Mono<ImportErrorPage> errors(UUID id, int page, int size) {
		return this.db.sql("select jsonb_array_length(i.errors) as total, coalesce((select jsonb_agg(e.value order by e.n) "
				+ "from jsonb_array_elements(i.errors) with ordinality as e(value, n) where e.n > :offset "
				+ "and e.n <= :offset + :size), '[]'::jsonb)::text as items from citizen_import i where i.id = :id")
			.bind("id", id)
			.bind("offset", (long) page * size)
			.bind("size", (long) size)
			.map(row -> new ImportErrorPage(this.json.readValue(row.get("items", String.class), ERRORS), page, size,
					row.get("total", Integer.class)))
			.one();
	}

	private ImportReport report(Readable row) {
		return new ImportReport(row.get("id", UUID.class), row.get("successor_ward", String.class),
				row.get("source", String.class), ImportFormat.valueOf(row.get("format", String.class)),
				row.get("bytes", Long.class), row.get("rows", Integer.class), row.get("created", Integer.class),
				row.get("merged", Integer.class), row.get("unchanged", Integer.class), row.get("conflicts", Integer.class),
				row.get("invalid", Integer.class), row.get("error_count", Integer.class),
				this.json.readValue(row.get("shown_errors", String.class), ERRORS),
				row.get("imported_at", OffsetDateTime.class).toInstant(), row.get("imported_by", String.class), false);
	}

}
