package vn.onestop.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform admin's start page: procedures, the working calendar, message templates, the audit log. */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/home";
	}

}
