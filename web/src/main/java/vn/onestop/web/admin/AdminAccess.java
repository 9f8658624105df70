package vn.onestop.web.admin;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.session.SignedInUser;

/**
 * Which signed-in users the admin pages are shown to: those whose sign-in names the PLATFORM_ADMIN role; anyone else
 * gets a plain page saying the pages are for platform admins. This only chooses what to show, like the menu; every
 * read and write behind these pages is still decided by the API on the user's own token, and a refusal there
 * gives the same kind of page.
 */
@ControllerAdvice(basePackageClasses = AdminAccess.class)
class AdminAccess {

	static final String ROLE = "PLATFORM_ADMIN";

	/** Mono&lt;Void&gt;: WebFlux waits for it before calling the page's handler, so no API is asked for a non-admin. */
	@ModelAttribute
	Mono<Void> admin() {
		return SignedInUsers.current()
			.filter(user -> user.has(ROLE))
			.switchIfEmpty(Mono.error(NotAnAdmin::new))
			.then();
	}

	@ExceptionHandler(NotAnAdmin.class)
	String refused(ServerWebExchange exchange, Model model) {
		exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
		model.addAttribute("message", "admin.forbidden");
		return "error/problem";
	}

	static final class NotAnAdmin extends RuntimeException {

		NotAnAdmin() {
			super("not a platform admin", null, false, false);
		}

	}

	/** The signed-in user of the request, read from the security context like the layout's menu. */
	static final class SignedInUsers {

		private SignedInUsers() {
		}

		static Mono<SignedInUser> current() {
			return org.springframework.security.core.context.ReactiveSecurityContextHolder.getContext()
				.mapNotNull(context -> context.getAuthentication() == null ? null
						: context.getAuthentication().getPrincipal())
				.filter(org.springframework.security.oauth2.core.user.OAuth2User.class::isInstance)
				.mapNotNull(principal -> ((org.springframework.security.oauth2.core.user.OAuth2User) principal)
					.<SignedInUser>getAttribute("user"));
		}

	}

}
