package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a {@code truocsapnhap} list, e.g. {@code Phường 8 (Quận 11)} or
 * {@code Phường Cửa Đông (phần còn lại sau khi sáp nhập vào phường Hoàn Kiếm)}: the old unit's name, whether
 * only part of it was merged, and the district (and province) named in parentheses to tell apart equal names.
 * {@code giữ nguyên} ("kept unchanged") has no name: the unit is its own predecessor.
 */
public record PredecessorName(String text, String name, boolean partial, String districtHint, String provinceHint) {

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");

	private static final Pattern PARTIAL = Pattern.compile("^(phan con lai|mot phan)\\b.*");

	private static final Pattern DISTRICT = Pattern.compile("^(?:thuoc\\s+)?(?:huyen|quan|thanh pho|thi xa)\\s.*");

	private static final Pattern PROVINCE = Pattern.compile("^(?:tinh|thanh pho)\\s.*");

	private static final String KEPT_UNCHANGED = "giu nguyen";

	public static PredecessorName parse(String item) {
		String text = VietnameseNames.nfc(item);
		boolean partial = false;
		String district = null;
		String province = null;
		Matcher m = PARENTHESES.matcher(text);
		while (m.find()) {
			String hint = VietnameseNames.nfc(m.group(1));
			String folded = VietnameseNames.accentFree(hint);
			if (PARTIAL.matcher(folded).matches()) {
				partial = true;
			}
			else if (DISTRICT.matcher(folded).matches() && district == null) {
				List<String> parts = parts(hint);
				district = parts.get(0).replaceFirst("^(?i)thuộc\\s+", "");
				province = parts.size() > 1 && PROVINCE.matcher(VietnameseNames.accentFree(parts.get(1))).matches()
						? parts.get(1) : null;
			}
		}
		String name = VietnameseNames.nfc(PARENTHESES.matcher(text).replaceAll(" "));
		boolean keptUnchanged = VietnameseNames.accentFree(name).equals(KEPT_UNCHANGED);
		return new PredecessorName(text, keptUnchanged ? null : name, partial, district, province);
	}

	public static List<PredecessorName> parseList(String formedFrom) {
		List<PredecessorName> names = new ArrayList<>();
		for (String item : MergerMapParser.splitList(formedFrom)) {
			names.add(parse(item));
		}
		return names;
	}

	/** True for {@code giữ nguyên}: the new unit continues one old unit of its own name. */
	public boolean keptUnchanged() {
		return this.name == null;
	}

	private static List<String> parts(String hint) {
		List<String> parts = new ArrayList<>();
		for (String part : hint.split(",")) {
			parts.add(part.strip());
		}
		return parts;
	}

}
