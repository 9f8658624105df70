package vn.onestop.citizen.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;

import vn.onestop.support.web.ProblemException.FieldError;

/** What {@code POST /citizens/imports} was asked, checked: the file's format, the successor ward, the old system. */
record ImportRequest(ImportFormat format, String successorWard, String source) {

	static final int MAX_SOURCE = 200;

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}]");

	static ImportRequest of(MediaType contentType, String successorWard, String source) {
		ImportFormat format = MediaType.APPLICATION_JSON.isCompatibleWith(contentType) ? ImportFormat.JSON : ImportFormat.CSV;
		Charset charset = contentType == null ? null : contentType.getCharset();
		if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
			throw ImportProblems.unsupportedCharset(charset.name());
		}
		List<FieldError> errors = new ArrayList<>();
		String ward = successorWard == null ? "" : successorWard.strip();
		if (!WARD_CODE.matcher(ward).matches()) {
			errors.add(new FieldError("successorWard", "must be the 5-digit code of the ward that receives the citizens"));
		}
		String named = source == null ? "" : source.strip();
		if (named.isEmpty() || named.length() > MAX_SOURCE || INVISIBLE.matcher(named).find()) {
			errors.add(new FieldError("source", "must name the old system or predecessor ward in 1 to " + MAX_SOURCE
					+ " visible characters"));
		}
		if (!errors.isEmpty()) {
			throw ImportProblems.invalid(errors);
		}
		return new ImportRequest(format, ward, named);
	}

}
