package vn.onestop.support.security.dev;

import java.util.List;
import java.util.Map;

/** The demo login's page: one button per demo user, the authorization request carried in hidden fields. */
final class DemoLoginPage {

	private DemoLoginPage() {
	}

	static String render(List<DemoUser> users, Map<String, String> request) {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Đăng nhập thử nghiệm</title><style>
				body{font-family:Arial,sans-serif;margin:0;padding:1rem;color:#1a1a1a;max-width:36rem}
				h1{font-size:1.5rem}p{line-height:1.5}.warn{background:#fff4ce;border-left:6px solid #7a4a00;padding:.5rem 1rem}
				button{display:block;width:100%;text-align:left;font:inherit;margin:.5rem 0;padding:.75rem 1rem;min-height:44px;
				border:2px solid #0b4f9c;border-radius:6px;background:#fff;color:#0b4f9c;cursor:pointer}
				button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}button span{display:block;color:#4a4a4a;font-size:.9rem}
				</style></head><body><main><h1>Đăng nhập thử nghiệm</h1>
				<p class="warn">Chỉ dùng khi chạy thử trên máy: chọn một người dùng mẫu. Hệ thống thật dùng nhà cung cấp định danh.</p>
				<form method="post" action="authorize">
				""");
		request.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
			.append(escape(name))
			.append("\" value=\"")
			.append(escape(value))
			.append("\">\n"));
		for (DemoUser user : users) {
			html.append("<button type=\"submit\" name=\"user\" value=\"")
				.append(escape(user.key()))
				.append("\" id=\"demo-")
				.append(escape(user.key()))
				.append("\">")
				.append(escape(user.name()))
				.append("<span>")
				.append(escape(user.label()))
				.append("</span></button>\n");
		}
		return html.append("</form></main></body></html>\n").toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}

}
