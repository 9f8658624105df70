package vn.onestop.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/** The public start page and the sign-in page. */
@Controller
class HomeController {

	@GetMapping("/")
	String start() {
		return "home/start";
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error, Model model) {
		model.addAttribute("failed", error != null);
		return "home/login";
	}

}
