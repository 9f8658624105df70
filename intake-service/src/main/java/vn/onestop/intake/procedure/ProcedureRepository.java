package vn.onestop.intake.procedure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.onestop.intake.calendar.DueTimeUnit;
import vn.onestop.intake.calendar.ProcessingTime;

/** Reads the catalogue of V3__procedures.sql: versions in force on a date, or by id for a dossier. */
@Repository
public class ProcedureRepository {

	private static final String COLUMNS = "v.id, v.procedure_code, p.field_code, p.field_name, v.version, "
			+ "v.effective_from, v.name, v.processing_amount, v.processing_unit, v.same_day_cutoff, v.fee_kind, "
			+ "v.fee_amount, v.fee_note, v.channels, v.legal_basis "
			+ "from procedure_version v join procedure p on p.code = v.procedure_code ";

	private final DatabaseClient db;

	ProcedureRepository(DatabaseClient db) {
		this.db = db;
	}

	public Mono<ProcedureVersion> inForce(String code, LocalDate on) {
		return this.db.sql("select " + COLUMNS + "where v.procedure_code = :code and v.effective_from <= :on "
				+ "order by v.effective_from desc limit 1")
			.bind("code", code)
			.bind("on", on)
			.map(ProcedureRepository::version)
			.one()
			.flatMap(version -> withDocuments(List.of(version)).next());
	}

	public Mono<ProcedureVersion> byId(long id) {
		return this.db.sql("select " + COLUMNS + "where v.id = :id")
			.bind("id", id)
			.map(ProcedureRepository::version)
			.one()
			.flatMap(version -> withDocuments(List.of(version)).next());
	}

	/** Every version of a procedure, the latest effective date first; empty when the code is unknown. */
	Flux<ProcedureVersion> versions(String code) {
		return this.db.sql("select " + COLUMNS + "where v.procedure_code = :code order by v.effective_from desc")
			.bind("code", code)
			.map(ProcedureRepository::version)
			.all()
			.collectList()
			.flatMapMany(this::withDocuments);
	}

	Flux<ProcedureVersion> inForce(Optional<String> field, LocalDate on, int page, int size) {
		var spec = this.db.sql("select * from (select distinct on (v.procedure_code) " + COLUMNS
				+ "where v.effective_from <= :on" + field.map(f -> " and p.field_code = :field").orElse("")
				+ " order by v.procedure_code, v.effective_from desc) current "
				+ "order by procedure_code limit :limit offset :offset")
			.bind("on", on)
			.bind("limit", size)
			.bind("offset", (long) page * size);
		return (field.isPresent() ? spec.bind("field", field.get()) : spec).map(ProcedureRepository::version)
			.all()
			.collectList()
			.flatMapMany(this::withDocuments);
	}

	Mono<Long> countInForce(Optional<String> field, LocalDate on) {
		var spec = this.db.sql("select count(distinct v.procedure_code) as n from procedure_version v "
				+ "join procedure p on p.code = v.procedure_code where v.effective_from <= :on"
				+ field.map(f -> " and p.field_code = :field").orElse(""))
			.bind("on", on);
		return (field.isPresent() ? spec.bind("field", field.get()) : spec).map(row -> row.get("n", Long.class)).one();
	}

	/** Adds a procedure to the catalogue unless its code is taken; true when this call added it. */
	Mono<Boolean> addIfAbsent(String code, String fieldCode, String fieldName) {
		return this.db.sql("insert into procedure (code, field_code, field_name) values (:code, :fieldCode, :fieldName) "
				+ "on conflict (code) do nothing")
			.bind("code", code)
			.bind("fieldCode", fieldCode)
			.bind("fieldName", fieldName)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	/**
	 * The procedure with its highest version and latest effective date, locked until the transaction ends so that two
	 * publications of the same procedure take turns.
	 */
	Mono<ProcedureRules.Latest> latestForUpdate(String code) {
		// The lock comes first, in a statement of its own: a statement that waited for it reads with its old snapshot,
		// so the versions are read by the next statement, which sees what the previous holder committed.
		Mono<Long> lock = this.db.sql("select 1 as locked from procedure where code = :code for update")
			.bind("code", code)
			.fetch()
			.rowsUpdated();
		return lock.then(this.db.sql("select p.field_code, p.field_name, max(v.version) as version, "
				+ "max(v.effective_from) as effective_from from procedure p "
				+ "left join procedure_version v on v.procedure_code = p.code where p.code = :code "
				+ "group by p.field_code, p.field_name")
			.bind("code", code)
			.map(row -> {
				Integer version = row.get("version", Integer.class);
				return new ProcedureRules.Latest(row.get("field_code", String.class), row.get("field_name", String.class),
						version == null ? 0 : version, row.get("effective_from", LocalDate.class));
			})
			.one());
	}

	/** Stores a checked version and its documents; answers the new version's id. */
	Mono<Long> publish(ProcedureRules.Draft draft, int version) {
		return this.db.sql("insert into procedure_version (procedure_code, version, effective_from, name, "
				+ "processing_amount, processing_unit, same_day_cutoff, fee_kind, fee_amount, fee_note, channels, legal_basis) "
				+ "values (:code, :version, :effectiveFrom, :name, :amount, :unit, :cutoff, :feeKind, :feeAmount, :feeNote, "
				+ ":channels, :legalBasis) returning id")
			.bind("code", draft.code())
			.bind("version", version)
			.bind("effectiveFrom", draft.effectiveFrom())
			.bind("name", draft.name())
			.bind("amount", draft.processingTime().amount())
			.bind("unit", draft.processingTime().unit().name())
			.bind("feeKind", draft.fee().kind().name())
			.bind("channels", draft.channels().stream().map(Channel::name).sorted().toArray(String[]::new))
			.bind("cutoff", Parameter.fromOrEmpty(draft.processingTime().sameDayCutoff().orElse(null), LocalTime.class))
			.bind("feeAmount", Parameter.fromOrEmpty(draft.fee().amountVnd(), Long.class))
			.bind("feeNote", Parameter.fromOrEmpty(draft.fee().note(), String.class))
			.bind("legalBasis", Parameter.fromOrEmpty(draft.legalBasis(), String.class))
			.map(row -> row.get("id", Long.class))
			.one()
			.flatMap(id -> addDocuments(id, draft.documents()).thenReturn(id));
	}

	private Mono<Void> addDocuments(long versionId, List<RequiredDocument> documents) {
		return this.db.sql("insert into procedure_document (version_id, position, key, name, originals, certified_copies, "
				+ "copies, mandatory) select :id, * from unnest(:positions::int[], :keys::text[], :names::text[], "
				+ ":originals::int[], :certified::int[], :copies::int[], :mandatory::boolean[])")
			.bind("id", versionId)
			.bind("positions", documents.stream().map(RequiredDocument::position).toArray(Integer[]::new))
			.bind("keys", documents.stream().map(RequiredDocument::key).toArray(String[]::new))
			.bind("names", documents.stream().map(RequiredDocument::name).toArray(String[]::new))
			.bind("originals", documents.stream().map(RequiredDocument::originals).toArray(Integer[]::new))
			.bind("certified", documents.stream().map(RequiredDocument::certifiedCopies).toArray(Integer[]::new))
			.bind("copies", documents.stream().map(RequiredDocument::copies).toArray(Integer[]::new))
			.bind("mandatory", documents.stream().map(RequiredDocument::mandatory).toArray(Boolean[]::new))
			.then();
	}

	/** The documents of all the given versions in one query, kept in the versions' order. */
	private Flux<ProcedureVersion> withDocuments(List<ProcedureVersion> versions) {
		if (versions.isEmpty()) {
			return Flux.empty();
		}
		Long[] ids = versions.stream().map(ProcedureVersion::id).toArray(Long[]::new);
		return this.db.sql("select version_id, position, key, name, originals, certified_copies, copies, mandatory "
				+ "from procedure_document where version_id = any(:ids) order by version_id, position")
			.bind("ids", ids)
			.map(row -> Map.entry(row.get("version_id", Long.class), document(row)))
			.all()
			.collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
			.flatMapMany(documents -> Flux.fromIterable(versions)
				.map(version -> version.withDocuments(List.copyOf(documents.getOrDefault(version.id(), List.of())))));
	}

	private static RequiredDocument document(Readable row) {
		return new RequiredDocument(row.get("position", Integer.class), row.get("key", String.class),
				row.get("name", String.class), row.get("originals", Integer.class), row.get("certified_copies", Integer.class),
				row.get("copies", Integer.class), Boolean.TRUE.equals(row.get("mandatory", Boolean.class)));
	}

	private static ProcedureVersion version(Readable row) {
		LocalTime cutoff = row.get("same_day_cutoff", LocalTime.class);
		ProcessingTime time = new ProcessingTime(row.get("processing_amount", Integer.class),
				DueTimeUnit.valueOf(row.get("processing_unit", String.class)), Optional.ofNullable(cutoff));
		Fee fee = new Fee(FeeKind.valueOf(row.get("fee_kind", String.class)), row.get("fee_amount", Long.class),
				row.get("fee_note", String.class));
		String[] channels = row.get("channels", String[].class);
		return new ProcedureVersion(row.get("id", Long.class), row.get("procedure_code", String.class),
				row.get("field_code", String.class), row.get("field_name", String.class),
				row.get("version", Integer.class), row.get("effective_from", LocalDate.class),
				row.get("name", String.class), time, fee,
				Arrays.stream(channels).map(Channel::valueOf).collect(Collectors.toSet()),
				row.get("legal_basis", String.class), List.of());
	}

}
