package vn.onestop.intake.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.onestop.intake.calendar.DueTimeUnit;
import vn.onestop.intake.procedure.ProcedurePublication.Charge;
import vn.onestop.intake.procedure.ProcedurePublication.Document;
import vn.onestop.intake.procedure.ProcedurePublication.Field;
import vn.onestop.intake.procedure.ProcedurePublication.Time;
import vn.onestop.intake.procedure.ProcedureRules.Latest;
import vn.onestop.intake.procedure.ProcedureRules.Refusal;

class ProcedureRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 26);

	private static final Field FIELD = new Field("HO_TICH", "Hộ tịch");

	private static final Document FORM = new Document("to-khai", "Tờ khai", 1, null, null, null);

	private static ProcedurePublication publication() {
		return new ProcedurePublication(FIELD, "2026-11-01", "Đăng ký khai sinh", new Time(3, "WORKING_DAYS", null),
				new Charge("FREE", null, null), List.of("IN_PERSON"), null, List.of(FORM));
	}

	private static List<String> fields(ProcedurePublication publication) {
		return fields("HT-KHAI-SINH", publication);
	}

	private static List<String> fields(String code, ProcedurePublication publication) {
		return ProcedureRules.check(code, publication, TODAY).violations().stream().map(ProcedureRules.Violation::field)
			.toList();
	}

	private static ProcedurePublication withTime(Time time) {
		ProcedurePublication p = publication();
		return new ProcedurePublication(p.field(), p.effectiveFrom(), p.name(), time, p.fee(), p.channels(),
				p.legalBasis(), p.requiredDocuments());
	}

	private static ProcedurePublication withFee(Charge fee) {
		ProcedurePublication p = publication();
		return new ProcedurePublication(p.field(), p.effectiveFrom(), p.name(), p.processingTime(), fee, p.channels(),
				p.legalBasis(), p.requiredDocuments());
	}

	private static ProcedurePublication withChannels(List<String> channels) {
		ProcedurePublication p = publication();
		return new ProcedurePublication(p.field(), p.effectiveFrom(), p.name(), p.processingTime(), p.fee(), channels,
				p.legalBasis(), p.requiredDocuments());
	}

	private static ProcedurePublication withDocuments(List<Document> documents) {
		ProcedurePublication p = publication();
		return new ProcedurePublication(p.field(), p.effectiveFrom(), p.name(), p.processingTime(), p.fee(),
				p.channels(), p.legalBasis(), documents);
	}

	private static ProcedurePublication withText(String name, String legalBasis, Field field) {
		ProcedurePublication p = publication();
		return new ProcedurePublication(field, p.effectiveFrom(), name, p.processingTime(), p.fee(), p.channels(),
				legalBasis, p.requiredDocuments());
	}

	private static ProcedurePublication withDate(String date) {
		ProcedurePublication p = publication();
		return new ProcedurePublication(p.field(), date, p.name(), p.processingTime(), p.fee(), p.channels(),
				p.legalBasis(), p.requiredDocuments());
	}

	@Test
	void aCompleteVersionBecomesADraftInNfcWithDocumentsNumberedInOrder() {
		String nfd = java.text.Normalizer.normalize(" Đăng ký khai sinh ", java.text.Normalizer.Form.NFD);
		ProcedureRules.Checked checked = ProcedureRules.check("HT-KHAI-SINH",
				withDocuments(List.of(FORM, new Document("cccd", "Căn cước", null, 0, 1, false))), TODAY);
		assertThat(checked.valid()).isTrue();
		assertThat(ProcedureRules.check("HT-KHAI-SINH", withText(nfd, null, FIELD), TODAY).draft().name())
			.isEqualTo("Đăng ký khai sinh");
		ProcedureRules.Draft draft = checked.draft();
		assertThat(draft.effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(draft.processingTime().amount()).isEqualTo(3);
		assertThat(draft.processingTime().unit()).isEqualTo(DueTimeUnit.WORKING_DAYS);
		assertThat(draft.fee().kind()).isEqualTo(FeeKind.FREE);
		assertThat(draft.channels()).containsExactly(Channel.IN_PERSON);
		assertThat(draft.documents()).containsExactly(new RequiredDocument(1, "to-khai", "Tờ khai", 1, 0, 0, true),
				new RequiredDocument(2, "cccd", "Căn cước", 0, 0, 1, false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "A", "ht-khai-sinh", "HT KHAI", "-HT", "HT/KHAI",
			"ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJA" })
	void aCodeIsTwoToFortyCapitalsDigitsDotsOrHyphens(String code) {
		assertThat(fields(code, publication())).containsExactly("code");
	}

	@Test
	void theFieldIsOptionalButWhenGivenMustBeWellFormed() {
		assertThat(fields(withText("Tên", null, null))).isEmpty();
		assertThat(fields(withText("Tên", null, new Field("ho tich", "Hộ tịch")))).containsExactly("field.code");
		assertThat(fields(withText("Tên", null, new Field("HO_TICH", " ")))).containsExactly("field.name");
		assertThat(fields(withText("Tên", null, new Field(null, null)))).containsExactly("field.code", "field.name");
	}

	@ParameterizedTest
	@CsvSource({ "2026-10-26, true", "2026-10-25, false", "2031-10-26, true", "2031-10-27, false",
			"26/10/2026, false", "2026-02-30, false" })
	void aVersionTakesEffectFromTodayForAtMostFiveYears(String date, boolean valid) {
		assertThat(fields(withDate(date))).isEqualTo(valid ? List.of() : List.of("effectiveFrom"));
		assertThat(fields(withDate(null))).containsExactly("effectiveFrom");
	}

	@Test
	void namesAndTextsAreSingleLineWithinTheirLength() {
		assertThat(fields(withText(" ", null, FIELD))).containsExactly("name");
		assertThat(fields(withText("Tên\nhai dòng", null, FIELD))).containsExactly("name");
		assertThat(fields(withText("Tên\u0000", null, FIELD))).containsExactly("name");
		assertThat(fields(withText("ệ".repeat(ProcedureRules.MAX_NAME_LENGTH), null, FIELD))).isEmpty();
		assertThat(fields(withText("ệ".repeat(ProcedureRules.MAX_NAME_LENGTH + 1), null, FIELD))).containsExactly("name");
		assertThat(fields(withText("Tên", "x".repeat(ProcedureRules.MAX_LEGAL_BASIS_LENGTH + 1), FIELD)))
			.containsExactly("legalBasis");
		assertThat(fields(withText("Tên", "Luật\u0085", FIELD))).containsExactly("legalBasis");
	}

	@Test
	void processingTimeNeedsAnAmountInRangeAndAKnownUnit() {
		assertThat(fields(withTime(null))).containsExactly("processingTime");
		assertThat(fields(withTime(new Time(null, "WORKING_DAYS", null)))).containsExactly("processingTime.amount");
		assertThat(fields(withTime(new Time(-1, "WORKING_DAYS", null)))).containsExactly("processingTime.amount");
		assertThat(fields(withTime(new Time(366, "WORKING_DAYS", null)))).containsExactly("processingTime.amount");
		assertThat(fields(withTime(new Time(365, "CALENDAR_DAYS", null)))).isEmpty();
		assertThat(fields(withTime(new Time(8, "WORKING_HOURS", null)))).isEmpty();
		assertThat(fields(withTime(new Time(3, "WEEKS", null)))).containsExactly("processingTime.unit");
		assertThat(fields(withTime(new Time(3, null, null)))).containsExactly("processingTime.unit");
	}

	@Test
	void aSameDayCutOffIsForSameDayWorkingDayProceduresOnly() {
		ProcedureRules.Checked sameDay = ProcedureRules.check("CT-BAN-SAO", withTime(new Time(0, "WORKING_DAYS", "15:00")),
				TODAY);
		assertThat(sameDay.draft().processingTime().sameDayCutoff()).contains(LocalTime.of(15, 0));
		assertThat(fields(withTime(new Time(1, "WORKING_DAYS", "15:00")))).containsExactly("processingTime.sameDayCutoff");
		assertThat(fields(withTime(new Time(0, "CALENDAR_DAYS", "15:00")))).containsExactly("processingTime.sameDayCutoff");
		assertThat(fields(withTime(new Time(0, "WORKING_DAYS", "3pm")))).containsExactly("processingTime.sameDayCutoff");
	}

	@Test
	void aFeeHasAKindAndAnAmountExactlyWhenItIsFixedOrPerItem() {
		assertThat(fields(withFee(null))).containsExactly("fee");
		assertThat(fields(withFee(new Charge("FIXED", 8000L, "Theo nghị quyết")))).isEmpty();
		assertThat(fields(withFee(new Charge("PER_ITEM", 2000L, null)))).isEmpty();
		assertThat(fields(withFee(new Charge("ASSESSED", null, "Theo biểu phí")))).isEmpty();
		assertThat(fields(withFee(new Charge("FIXED", null, null)))).containsExactly("fee.amountVnd");
		assertThat(fields(withFee(new Charge("FREE", 0L, null)))).containsExactly("fee.amountVnd");
		assertThat(fields(withFee(new Charge("FIXED", -1L, null)))).containsExactly("fee.amountVnd");
		assertThat(fields(withFee(new Charge("FIXED", 1_000_000_001L, null)))).containsExactly("fee.amountVnd");
		assertThat(fields(withFee(new Charge("GRATIS", null, null)))).containsExactly("fee.kind");
		assertThat(fields(withFee(new Charge(null, null, null)))).containsExactly("fee.kind");
		assertThat(fields(withFee(new Charge("FREE", null, "x".repeat(ProcedureRules.MAX_NOTE_LENGTH + 1)))))
			.containsExactly("fee.note");
	}

	@Test
	void channelsAreKnownListedOnceAndAtLeastOne() {
		assertThat(fields(withChannels(List.of("IN_PERSON", "ONLINE", "POSTAL")))).isEmpty();
		assertThat(fields(withChannels(null))).containsExactly("channels");
		assertThat(fields(withChannels(List.of()))).containsExactly("channels");
		assertThat(fields(withChannels(List.of("IN_PERSON", "FAX")))).containsExactly("channels[1]");
		assertThat(fields(withChannels(List.of("ONLINE", "ONLINE")))).containsExactly("channels[1]");
		assertThat(fields(withChannels(Collections.singletonList(null)))).containsExactly("channels[0]");
	}

	@Test
	void documentsHaveUniqueKeysNamesAndAtLeastOneCopyEach() {
		assertThat(fields(withDocuments(null))).containsExactly("requiredDocuments");
		assertThat(fields(withDocuments(List.of()))).containsExactly("requiredDocuments");
		assertThat(fields(withDocuments(Collections.singletonList(null)))).containsExactly("requiredDocuments[0]");
		assertThat(fields(withDocuments(List.of(FORM, FORM)))).containsExactly("requiredDocuments[1].key");
		assertThat(fields(withDocuments(List.of(new Document("To Khai", "Tờ khai", 1, 0, 0, true)))))
			.containsExactly("requiredDocuments[0].key");
		assertThat(fields(withDocuments(List.of(new Document("to-khai", "", 1, 0, 0, true)))))
			.containsExactly("requiredDocuments[0].name");
		assertThat(fields(withDocuments(List.of(new Document("to-khai", "Tờ khai", 0, 0, 0, true)))))
			.containsExactly("requiredDocuments[0]");
		assertThat(fields(withDocuments(List.of(new Document("to-khai", "Tờ khai", 21, -1, 0, true)))))
			.containsExactly("requiredDocuments[0].originals", "requiredDocuments[0].certifiedCopies");
		List<Document> many = new ArrayList<>();
		for (int i = 0; i <= ProcedureRules.MAX_DOCUMENTS; i++) {
			many.add(new Document("doc-" + i, "Giấy " + i, 1, 0, 0, true));
		}
		assertThat(fields(withDocuments(many))).containsExactly("requiredDocuments");
		assertThat(fields(withDocuments(many.subList(0, ProcedureRules.MAX_DOCUMENTS)))).isEmpty();
	}

	@Test
	void everyViolationIsReportedAtOnce() {
		ProcedurePublication empty = new ProcedurePublication(null, null, null, null, null, null, null, null);
		assertThat(fields(empty)).containsExactly("effectiveFrom", "name", "processingTime", "fee", "channels",
				"requiredDocuments");
	}

	@Test
	void aNewProcedureNeedsItsFieldAndAnExistingOneKeepsIt() {
		ProcedureRules.Draft withField = ProcedureRules.check("HT-X", publication(), TODAY).draft();
		ProcedureRules.Draft withoutField = ProcedureRules.check("HT-X", withText("Tên", null, null), TODAY).draft();
		Optional<Latest> none = Optional.empty();
		Optional<Latest> existing = Optional.of(new Latest("HO_TICH", "Hộ tịch", 1, LocalDate.of(2025, 7, 1)));
		assertThat(ProcedureRules.needsField(withoutField, none)).isTrue();
		assertThat(ProcedureRules.needsField(withField, none)).isFalse();
		assertThat(ProcedureRules.needsField(withoutField, existing)).isFalse();
		assertThat(ProcedureRules.refusal(withField, none)).isEmpty();
		assertThat(ProcedureRules.refusal(withField, existing)).isEmpty();
		assertThat(ProcedureRules.refusal(withoutField, existing)).isEmpty();
		assertThat(ProcedureRules.refusal(withField, Optional.of(new Latest("CHUNG_THUC", "Chứng thực", 1, null))))
			.contains(Refusal.FIELD_CHANGED);
		assertThat(ProcedureRules.refusal(withField, Optional.of(new Latest("HO_TICH", "Hộ tịch (cũ)", 1, null))))
			.contains(Refusal.FIELD_CHANGED);
	}

	@Test
	void aVersionTakesEffectAfterEveryPublishedOne() {
		ProcedureRules.Draft draft = ProcedureRules.check("HT-X", publication(), TODAY).draft();
		assertThat(ProcedureRules.refusal(draft, Optional.of(new Latest("HO_TICH", "Hộ tịch", 2, LocalDate.of(2026, 10, 31)))))
			.isEmpty();
		assertThat(ProcedureRules.refusal(draft, Optional.of(new Latest("HO_TICH", "Hộ tịch", 2, LocalDate.of(2026, 11, 1)))))
			.contains(Refusal.NOT_AFTER_LATEST);
		assertThat(ProcedureRules.refusal(draft, Optional.of(new Latest("HO_TICH", "Hộ tịch", 2, LocalDate.of(2027, 1, 1)))))
			.contains(Refusal.NOT_AFTER_LATEST);
		assertThat(ProcedureRules.refusal(draft, Optional.of(new Latest("HO_TICH", "Hộ tịch", 0, null)))).isEmpty();
	}

}
