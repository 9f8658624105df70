package vn.onestop.citizen.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonImportParserTest {

	@Test
	void readsAnArrayOfObjectsWithTheLineEachOpensOn() {
		List<ImportRow> rows = parse("[\n  {\"fullName\": \"Nguyễn Văn An\", \"idNumber\": \"001087000001\",\n"
				+ "   \"dateOfBirth\": \"1987-03-04\", \"gender\": \"MALE\", \"phone\": null,\n"
				+ "   \"preferences\": {\"channel\": \"NONE\", \"consent\": false}},\n"
				+ "  {\"fullName\": \"B\", \"address\": {\"line\": \"Số 5\", \"wardCode\": \"00001\"}, \"email\": \" \"}\n]");
		assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 5L);
		assertThat(rows.get(0).values()).containsEntry("fullName", "Nguyễn Văn An").containsEntry("phone", null)
			.containsEntry("preferences.channel", "NONE").containsEntry("preferences.consent", "false");
		assertThat(rows.get(0).problems()).isEmpty();
		assertThat(rows.get(1).values()).containsEntry("address.line", "Số 5").containsEntry("address.wardCode", "00001")
			.containsEntry("email", null);
	}

	@Test
	void flatColumnNamesAndNumbersAreReadToo() {
		List<ImportRow> rows = parse("[{\"address.line\": \"x\", \"idNumber\": 1087000001, \"preferences.consent\": true}]");
		assertThat(rows.get(0).values()).containsEntry("address.line", "x").containsEntry("idNumber", "1087000001")
			.containsEntry("preferences.consent", "true");
	}

	@Test
	void anElementThatIsNoObjectOrAMemberThatIsWrongIsReportedNotFatal() {
		List<ImportRow> rows = parse("[\"text\", [1, [2]], {\"fullName\": [\"a\"], \"mobile\": \"1\", \"gender\": \"MALE\", "
				+ "\"gender\": \"FEMALE\", \"address\": {\"line\": {\"deep\": 1}}}, {\"fullName\": \"ok\"}]");
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).problems()).extracting(ImportError::reason).containsExactly("must be a JSON object");
		assertThat(rows.get(1).problems()).extracting(ImportError::reason).containsExactly("must be a JSON object");
		assertThat(rows.get(2).problems()).extracting(ImportError::field)
			.containsExactly("fullName", "mobile", "gender", "address.line");
		assertThat(rows.get(2).values()).containsEntry("gender", "MALE");
		assertThat(rows.get(3).values()).containsEntry("fullName", "ok");
		assertThat(rows.get(3).problems()).isEmpty();
	}

	@Test
	void tokensMaySplitAcrossChunks() {
		byte[] bytes = "[{\"fullName\": \"Nguyễn Thị Thuỷ\", \"gender\": \"FEMALE\"},\n{\"fullName\": \"Lê\"}]"
			.getBytes(StandardCharsets.UTF_8);
		for (int size = 1; size <= 5; size++) {
			JsonImportParser parser = new JsonImportParser();
			List<ImportRow> rows = new ArrayList<>();
			for (int i = 0; i < bytes.length; i += size) {
				byte[] chunk = new byte[Math.min(size, bytes.length - i)];
				System.arraycopy(bytes, i, chunk, 0, chunk.length);
				rows.addAll(parser.feed(chunk));
			}
			rows.addAll(parser.finish());
			assertThat(rows).extracting(row -> row.value("fullName")).containsExactly("Nguyễn Thị Thuỷ", "Lê");
			assertThat(rows).extracting(ImportRow::line).containsExactly(1L, 2L);
		}
	}

	@Test
	void anEmptyArrayHasNoRows() {
		assertThat(parse(" [ ] ")).isEmpty();
	}

	@Test
	void aSyntaxErrorOrAnythingButAnArrayBreaksTheFileAtItsLine() {
		assertMalformed("[{\"fullName\": \"A\"},\n{\"fullName\": \"B\",,}]", 2, "is not valid JSON");
		assertMalformed("{\"fullName\": \"A\"}", 1, "must be a JSON array of objects");
		assertMalformed("[{\"fullName\": \"A\"},\n{\"fullName\": \"B\"}", 2, "ends before the array is closed");
		assertMalformed("[]\n[]", 2, "has content after the array");
		assertMalformed("", 1, "must be a JSON array of objects");
	}

	private static void assertMalformed(String json, long line, String reason) {
		assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(MalformedImport.class, ex -> {
			assertThat(ex.getMessage()).contains(reason);
			assertThat(ex.line()).isEqualTo(line);
		});
	}

	static List<ImportRow> parse(String json) {
		JsonImportParser parser = new JsonImportParser();
		List<ImportRow> rows = new ArrayList<>(parser.feed(json.getBytes(StandardCharsets.UTF_8)));
		rows.addAll(parser.finish());
		return rows;
	}

}
