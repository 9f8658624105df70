package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import vn.onestop.intake.calendar.DueTimeUnit;
import vn.onestop.intake.calendar.ProcessingTime;
import vn.onestop.intake.procedure.Channel;
import vn.onestop.intake.procedure.Fee;
import vn.onestop.intake.procedure.FeeKind;
import vn.onestop.intake.procedure.ProcedureVersion;
import vn.onestop.intake.procedure.RequiredDocument;

/** Procedure versions for the plain-Java tests. */
final class Procedures {

	static final ProcedureVersion COPY_CERTIFICATION = new ProcedureVersion(10, "CT-BAN-SAO", "CHUNG_THUC", "Chứng thực",
			1, LocalDate.of(2025, 7, 1), "Chứng thực bản sao từ bản chính", ProcessingTime.sameDay(LocalTime.of(15, 0)),
			new Fee(FeeKind.PER_ITEM, 2000L, "2.000 đồng/trang"), Set.of(Channel.IN_PERSON), null,
			List.of(new RequiredDocument(1, "ban-chinh", "Bản chính", 1, 0, 0, true),
					new RequiredDocument(2, "ban-sao", "Bản sao", 0, 0, 1, true),
					new RequiredDocument(3, "uy-quyen", "Giấy ủy quyền", 1, 0, 0, false)));

	static final ProcedureVersion MARITAL_STATUS = new ProcedureVersion(8, "HT-XAC-NHAN-HON-NHAN", "HO_TICH", "Hộ tịch",
			1, LocalDate.of(2025, 7, 1), "Cấp Giấy xác nhận tình trạng hôn nhân", ProcessingTime.of(3, DueTimeUnit.WORKING_DAYS),
			new Fee(FeeKind.FIXED, 15000L, null), Set.of(Channel.IN_PERSON, Channel.ONLINE, Channel.POSTAL), null,
			List.of(new RequiredDocument(1, "to-khai", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", 1, 0, 0, true)));

	private Procedures() {
	}

}
