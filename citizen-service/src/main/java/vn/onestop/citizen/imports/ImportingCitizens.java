package vn.onestop.citizen.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.citizen.imports.RowOutcome.Outcome;
import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * {@code POST /citizens/imports}: streams the file through its parser in batches to the citizen records, all in one
 * transaction with its audit entry, so a file that breaks half-way commits nothing. Only officers and leaders of the
 * successor ward import (403 otherwise). The import is known by the SHA-256 of its bytes and its successor ward: the
 * same file again is rolled back at the end and answered with the first import's report (and is not audited again).
 */
@Component
class ImportingCitizens {

	static final String ROWS_METRIC = "onestop.citizen.imports.rows";

	static final String AUDIT_ACTION = "citizen.import";

	private static final Logger log = LoggerFactory.getLogger(ImportingCitizens.class);

	private final ImportedCitizens citizens;

	private final ImportRepository imports;

	private final TransactionalOperator transaction;

	private final MeterRegistry meters;

	private final ImportProperties properties;

	private final AuditLog audit;

	ImportingCitizens(ImportedCitizens citizens, ImportRepository imports, TransactionalOperator transaction,
			MeterRegistry meters, ImportProperties properties, AuditLog audit) {
		this.citizens = citizens;
		this.imports = imports;
		this.transaction = transaction;
		this.meters = meters;
		this.properties = properties;
		this.audit = audit;
	}

	Mono<ImportReport> importFile(ImportRequest request, Flux<DataBuffer> body, Caller caller) {
		if (!ImportAccess.mayImportInto(caller, request.successorWard())) {
			return Mono.error(SecurityProblems.forbidden());
		}
		return this.citizens.wardInForce(request.successorWard())
			.flatMap(inForce -> inForce ? Mono.just(caller.name())
					: Mono.error(ImportProblems.wardNotInForce(request.successorWard())))
			.flatMap(actor -> {
				ImportTarget target = new ImportTarget(UUID.randomUUID(), request.successorWard(), request.source(),
						actor);
				Content content = new Content(request.format().parser());
				return this.transaction.transactional(read(content, body)
					.buffer(this.properties.batchSize())
					.concatMap(rows -> this.citizens.consolidate(target, rows))
					.reduce(new ImportTally(), ImportTally::add)
					.flatMap(tally -> store(target, request, content, tally, actor)))
					.onErrorResume(Replayed.class, replayed -> this.imports
						.findByContent(request.successorWard(), replayed.sha256)
						.map(ImportReport::asReplayed));
			})
			.onErrorMap(MalformedImport.class, ImportProblems::malformed)
			.onErrorMap(DuplicateKeyException.class, ex -> ImportProblems.concurrent())
			.doOnNext(this::record);
	}

	private static Flux<ImportRow> read(Content content, Flux<DataBuffer> body) {
		return body.concatMapIterable(content::feed).concatWith(Flux.defer(() -> Flux.fromIterable(content.finish())));
	}

	private Mono<ImportReport> store(ImportTarget target, ImportRequest request, Content content, ImportTally tally,
			String actor) {
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ImportReport report = ImportReport.of(target.importId(), request, content.bytes, tally, at, actor);
		String sha256 = content.sha256();
		return this.imports.insert(report, tally.errors(), sha256)
			.flatMap(stored -> stored ? audited(report).thenReturn(report) : Mono.error(new Replayed(sha256)));
	}

	/** The counts only: the source is free text an officer typed, and rows hold personal data. */
	private Mono<Void> audited(ImportReport report) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("format", report.format().name());
		details.put("bytes", report.bytes());
		details.put("rows", report.rows());
		details.put("created", report.created());
		details.put("merged", report.merged());
		details.put("unchanged", report.unchanged());
		details.put("conflicts", report.conflicts());
		details.put("invalid", report.invalid());
		return this.audit.record(AUDIT_ACTION, report.importId().toString(), report.successorWard(), details);
	}

	private void record(ImportReport report) {
		if (report.replayed()) {
			log.info("Import {} into ward {} sent again: nothing changed", report.importId(), report.successorWard());
			return;
		}
		count(report, Outcome.CREATED, report.created());
		count(report, Outcome.MERGED, report.merged());
		count(report, Outcome.UNCHANGED, report.unchanged());
		count(report, Outcome.CONFLICT, report.conflicts());
		count(report, Outcome.INVALID, report.invalid());
		log.info("Import {} into ward {}: {} rows, {} created, {} merged, {} unchanged, {} conflicts, {} invalid",
				report.importId(), report.successorWard(), report.rows(), report.created(), report.merged(),
				report.unchanged(), report.conflicts(), report.invalid());
	}

	private void count(ImportReport report, Outcome outcome, long rows) {
		this.meters.counter(ROWS_METRIC, "ward", report.successorWard(), "outcome", outcome.name().toLowerCase(Locale.ROOT))
			.increment(rows);
	}

	/** The bytes of the file as they pass: fed to the parser, hashed and counted. */
	private static final class Content {

		private final ImportParser parser;

		private final MessageDigest digest;

		private long bytes;

		Content(ImportParser parser) {
			this.parser = parser;
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		List<ImportRow> feed(DataBuffer buffer) {
			try {
				byte[] chunk = new byte[buffer.readableByteCount()];
				buffer.read(chunk);
				this.digest.update(chunk);
				this.bytes += chunk.length;
				return this.parser.feed(chunk);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}

		List<ImportRow> finish() {
			return this.parser.finish();
		}

		String sha256() {
			return HexFormat.of().formatHex(this.digest.digest());
		}

	}

	/** The same content was already imported into the ward: roll back, answer the stored report. */
	private static final class Replayed extends RuntimeException {

		private final String sha256;

		Replayed(String sha256) {
			super(null, null, false, false);
			this.sha256 = sha256;
		}

	}

}
