package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.calendar.DueTimeUnit;
import vn.onestop.intake.calendar.ProcessingTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.Channel;

class ReceiptTest {

	private static final Person SUBMITTER = new Person("Nguyễn Văn An", "038087042028", null, "0912345678",
			"an@example.vn", new Person.Address("12 Lê Lợi", "00004"), "SMS");

	private static final Person OWNER = new Person("Trần Thị Bình", null, null, null, null,
			new Person.Address("5 Trần Phú", null), null);

	private static Dossier dossier(String receivedBy) {
		LocalDateTime received = LocalDateTime.of(2023, 10, 27, 9, 32);
		return new Dossier(UUID.randomUUID(), DossierCode.parse("000.00.06.H56-231027-0361").orElseThrow(), "00004", 10,
				"CT-BAN-SAO", Channel.IN_PERSON, DossierStatus.RECEIVED, received.atZone(WorkingCalendar.ZONE).toInstant(),
				received.atZone(WorkingCalendar.ZONE).toInstant(),
				received.withHour(17).withMinute(0).atZone(WorkingCalendar.ZONE).toInstant(), 2, SUBMITTER, OWNER,
				List.of(new HandedInDocument(1, "ban-chinh", "Bản chính", 1, 0, 0),
						new HandedInDocument(2, "ban-sao", "Bản sao", 0, 0, 3)),
				null, receivedBy, null);
	}

	@Test
	void assemblesEverythingTheSlipShows() {
		Receipt receipt = Receipt.assemble(dossier("canbo.mot"), Procedures.COPY_CERTIFICATION,
				new WardOffice("00004", "000.00.06.H56", "Trung tâm Phục vụ hành chính công phường Ba Đình",
						"https://dichvucong.gov.vn", "1022"));
		assertThat(receipt.form()).isEqualTo("01");
		assertThat(receipt.center()).isEqualTo(new Receipt.Center("Trung tâm Phục vụ hành chính công phường Ba Đình",
				"00004", "000.00.06.H56"));
		assertThat(receipt.dossierCode()).isEqualTo("000.00.06.H56-231027-0361");
		assertThat(receipt.submitter()).isEqualTo(new Receipt.Party("Nguyễn Văn An", "038087042028", "12 Lê Lợi",
				"0912345678", "an@example.vn"));
		assertThat(receipt.owner()).isEqualTo(new Receipt.Party("Trần Thị Bình", null, "5 Trần Phú", null, null));
		assertThat(receipt.procedure()).isEqualTo(new Receipt.Procedure("CT-BAN-SAO", "Chứng thực bản sao từ bản chính", 1));
		assertThat(receipt.fee().amountVnd()).isEqualTo(2000L);
		assertThat(receipt.documents()).containsExactly(new Receipt.Line(1, "Bản chính", 1, 0, 0),
				new Receipt.Line(2, "Bản sao", 0, 0, 3));
		assertThat(receipt.sets()).isEqualTo(2);
		assertThat(receipt.legalTime().sameDayCutoff()).isEqualTo("15:00");
		assertThat(receipt.legalTime().text()).startsWith("Trong ngày làm việc").contains("15:00");
		assertThat(receipt.receivedAt()).hasToString("2023-10-27T09:32+07:00");
		assertThat(receipt.receivedAtText()).isEqualTo("09 giờ 32 phút, ngày 27/10/2023");
		assertThat(receipt.appointmentText()).isEqualTo("17 giờ 00 phút, ngày 27/10/2023");
		assertThat(receipt.returnPlace()).contains("phường Ba Đình");
		assertThat(receipt.lookupNote()).contains("SMS/e-mail", "https://dichvucong.gov.vn", "000.00.06.H56-231027-0361",
				"Đường dây nóng: 1022");
		assertThat(receipt.receivedBy()).isEqualTo("canbo.mot");
	}

	@Test
	void leavesTheHotlineOutWhenNoneIsConfigured() {
		Receipt receipt = Receipt.assemble(dossier(null), Procedures.COPY_CERTIFICATION,
				new WardOffice("00004", "00004", "Trung tâm", "https://dichvucong.gov.vn", ""));
		assertThat(receipt.lookupNote()).doesNotContain("Đường dây nóng");
		assertThat(receipt.receivedBy()).isNull();
	}

	@Test
	void writesEachKindOfLegalTime() {
		assertThat(Receipt.legalTime(ProcessingTime.of(3, DueTimeUnit.WORKING_DAYS)).text()).isEqualTo("3 ngày làm việc");
		assertThat(Receipt.legalTime(ProcessingTime.of(4, DueTimeUnit.WORKING_HOURS)).text()).isEqualTo("4 giờ làm việc");
		assertThat(Receipt.legalTime(ProcessingTime.of(30, DueTimeUnit.CALENDAR_DAYS)).text()).isEqualTo("30 ngày");
		assertThat(Receipt.legalTime(ProcessingTime.sameDay(LocalTime.of(15, 0))).amount()).isZero();
	}

}
