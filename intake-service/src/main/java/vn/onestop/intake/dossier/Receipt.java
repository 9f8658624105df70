package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.onestop.intake.calendar.ProcessingTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.Fee;
import vn.onestop.intake.procedure.ProcedureVersion;

/**
 * Everything form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) shows, and the walk-in ticket the dossier was filed
 * from ({@code queueTicket}, such as A012; null when none).
 */
record Receipt(String form, Center center, String dossierCode, Party submitter, Procedure procedure, Party owner,
		Fee fee, List<Line> documents, int sets, LegalTime legalTime, OffsetDateTime receivedAt, String receivedAtText,
		OffsetDateTime appointmentAt, String appointmentText, String returnPlace, String lookupNote,
		String receivedBy, String queueTicket) {

	record Center(String name, String wardCode, String agencyCode) {
	}

	record Party(String fullName, String idNumber, String address, String phone, String email) {
	}

	record Procedure(String code, String name, int version) {
	}

	record Line(int number, String name, int originals, int certifiedCopies, int copies) {
	}

	record LegalTime(int amount, String unit, String sameDayCutoff, String text) {
	}

	private static final DateTimeFormatter SLIP_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/uuuu");

	static Receipt assemble(Dossier dossier, ProcedureVersion version, WardOffice office) {
		return assemble(dossier, version, office, null);
	}

	static Receipt assemble(Dossier dossier, ProcedureVersion version, WardOffice office, String queueTicket) {
		List<HandedInDocument> handedIn = dossier.documents();
		List<Line> lines = java.util.stream.IntStream.range(0, handedIn.size())
			.mapToObj(i -> new Line(i + 1, handedIn.get(i).name(), handedIn.get(i).originals(),
					handedIn.get(i).certifiedCopies(), handedIn.get(i).copies()))
			.toList();
		String center = office.centerName();
		return new Receipt("01", new Center(center, office.wardCode(), office.agencyCode()), dossier.code().value(),
				party(dossier.submitter()), new Procedure(version.procedureCode(), version.name(), version.version()),
				party(dossier.owner()), version.fee(), lines, dossier.sets(), legalTime(version.processingTime()),
				local(dossier.receivedAt()), SLIP_TIME.format(local(dossier.receivedAt())), local(dossier.dueAt()),
				SLIP_TIME.format(local(dossier.dueAt())), "Bộ phận tiếp nhận và trả kết quả, " + center,
				lookupNote(dossier, office), dossier.receivedBy(), queueTicket);
	}

	static LegalTime legalTime(ProcessingTime time) {
		String cutoff = time.sameDayCutoff().map(Object::toString).orElse(null);
		String text = switch (time.unit()) {
			case WORKING_DAYS -> cutoff != null ? "Trong ngày làm việc (tiếp nhận sau " + cutoff
					+ " trả kết quả trong ngày làm việc tiếp theo)" : time.amount() + " ngày làm việc";
			case WORKING_HOURS -> time.amount() + " giờ làm việc";
			case CALENDAR_DAYS -> time.amount() + " ngày";
		};
		return new LegalTime(time.amount(), time.unit().name(), cutoff, text);
	}

	private static Party party(Person person) {
		return new Party(person.fullName(), person.idNumber(), person.address().line(), person.phone(), person.email());
	}

	private static String lookupNote(Dossier dossier, WardOffice office) {
		String note = "Kết quả giải quyết sớm sẽ được thông báo qua SMS/e-mail. Tra cứu tình trạng hồ sơ tại "
				+ office.lookupUrl() + " bằng mã hồ sơ " + dossier.code().value()
				+ " và 4 số cuối điện thoại của người nộp.";
		return office.hotline() == null || office.hotline().isBlank() ? note : note + " Đường dây nóng: " + office.hotline() + ".";
	}

	private static OffsetDateTime local(Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
