package vn.onestop.citizen.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvImportParserTest {

	private static final String HEADER = "fullName,idNumber,dateOfBirth,gender,phone\n";

	@Test
	void readsRowsByTheHeaderWithTheLineEachStartsOn() {
		List<ImportRow> rows = parse(HEADER + "Nguyễn Văn An,001087000001,1987-03-04,MALE,0912345678\n"
				+ "Trần Thị Bình,001187000002,1987-05-06,FEMALE,\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).line()).isEqualTo(2);
		assertThat(rows.get(0).values()).containsEntry("fullName", "Nguyễn Văn An").containsEntry("phone", "0912345678");
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).value("phone")).as("a blank value is absent").isNull();
		assertThat(rows.get(1).problems()).isEmpty();
	}

	@Test
	void quotedFieldsHoldCommasDoubledQuotesAndLineBreaksThatCountAsLines() {
		List<ImportRow> rows = parse("fullName,idNumber,dateOfBirth,gender,address.line\r\n"
				+ "\"Lê, Văn\",001087000001,1987-03-04,MALE,\"Số 5 \"\"A\"\"\r\nngõ 2\"\r\n"
				+ "Phạm Văn C,001087000003,1987-03-04,MALE,x\r\n");
		assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 4L);
		assertThat(rows.get(0).value("fullName")).isEqualTo("Lê, Văn");
		assertThat(rows.get(0).value("address.line")).isEqualTo("Số 5 \"A\"\r\nngõ 2");
	}

	@Test
	void skipsABomBlankLinesAndAMissingLastLineBreak() {
		List<ImportRow> rows = parse("\uFEFF" + HEADER + "\nA,001087000001,1987-03-04,MALE,\n\nB,001087000002,1987-03-04,MALE,");
		assertThat(rows).extracting(ImportRow::line).containsExactly(3L, 5L);
		assertThat(rows.get(1).value("fullName")).isEqualTo("B");
	}

	@Test
	void multiByteCharactersAndRecordsMaySplitAcrossChunks() {
		byte[] bytes = (HEADER + "Nguyễn Thị Thuỷ,001187000002,1987-05-06,FEMALE,\n").getBytes(StandardCharsets.UTF_8);
		for (int size = 1; size <= 7; size++) {
			CsvImportParser parser = new CsvImportParser();
			List<ImportRow> rows = new ArrayList<>();
			for (int i = 0; i < bytes.length; i += size) {
				byte[] chunk = new byte[Math.min(size, bytes.length - i)];
				System.arraycopy(bytes, i, chunk, 0, chunk.length);
				rows.addAll(parser.feed(chunk));
			}
			rows.addAll(parser.finish());
			assertThat(rows).singleElement().satisfies(row -> assertThat(row.value("fullName")).isEqualTo("Nguyễn Thị Thuỷ"));
		}
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsOrStrayQuotesIsReportedNotFatal() {
		List<ImportRow> rows = parse(HEADER + "A,001087000001,1987-03-04\nB\"x,001087000002,1987-03-04,MALE,\n"
				+ "\"C\"x,001087000003,1987-03-04,MALE,\nD,001087000004,1987-03-04,MALE,\n");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).problems()).singleElement()
			.isEqualTo(new ImportError(2, "row", "has 3 fields where the header has 5"));
		assertThat(rows.get(1).problems()).extracting(ImportError::reason)
			.containsExactly("has a quote inside a field that is not quoted");
		assertThat(rows.get(2).problems()).extracting(ImportError::reason)
			.containsExactly("has characters after the closing quote of a field");
		assertThat(rows.get(3).problems()).isEmpty();
	}

	@Test
	void aBadHeaderBreaksTheFile() {
		assertMalformed("fullName,idNumber,dateOfBirth\n", 1, "lacks the required columns [gender]");
		assertMalformed("fullName,idNumber,dateOfBirth,gender,mobile\n", 1, "has an unknown column \"mobile\"");
		assertMalformed("fullName,idNumber,dateOfBirth,gender,gender\n", 1, "names the column gender twice");
		assertMalformed("", 1, "needs a header row");
		assertMalformed("\n\n", 1, "needs a header row");
	}

	@Test
	void aQuoteLeftOpenOrInvalidUtf8BreaksTheFileAtItsLine() {
		assertMalformed(HEADER + "A,001087000001,1987-03-04,MALE,\n\"B,001087000002,1987-03-04,MALE,\nC\n", 3,
				"opens a quoted field that is never closed");
		byte[] bytes = (HEADER + "A,001087000001,1987-03-04,MALE,\nB").getBytes(StandardCharsets.UTF_8);
		byte[] broken = new byte[bytes.length + 1];
		System.arraycopy(bytes, 0, broken, 0, bytes.length);
		broken[bytes.length] = (byte) 0xC3;
		CsvImportParser parser = new CsvImportParser();
		parser.feed(broken);
		assertThatThrownBy(parser::finish).isInstanceOfSatisfying(MalformedImport.class,
				ex -> assertThat(ex.line()).isEqualTo(3));
		CsvImportParser other = new CsvImportParser();
		byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
		byte[] invalid = new byte[header.length + 2];
		System.arraycopy(header, 0, invalid, 0, header.length);
		invalid[header.length] = 'A';
		invalid[header.length + 1] = (byte) 0xFF;
		assertThatThrownBy(() -> other.feed(invalid)).isInstanceOfSatisfying(MalformedImport.class, ex -> {
			assertThat(ex.line()).isEqualTo(2);
			assertThat(ex.getMessage()).isEqualTo("is not valid UTF-8");
		});
	}

	private static void assertMalformed(String csv, long line, String reason) {
		assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(MalformedImport.class, ex -> {
			assertThat(ex.line()).isEqualTo(line);
			assertThat(ex.getMessage()).contains(reason);
		});
	}

	static List<ImportRow> parse(String csv) {
		CsvImportParser parser = new CsvImportParser();
		List<ImportRow> rows = new ArrayList<>(parser.feed(csv.getBytes(StandardCharsets.UTF_8)));
		rows.addAll(parser.finish());
		return rows;
	}

}
