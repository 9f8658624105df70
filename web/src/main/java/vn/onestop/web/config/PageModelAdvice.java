package vn.onestop.web.config;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.session.SignedInUser;

/**
 * What every page's layout needs: the CSRF token (subscribing to it is what makes WebFlux issue it, and the
 * forms' hidden field is written from it) and the signed-in user for the menu.
 */
@ControllerAdvice
class PageModelAdvice {

	@ModelAttribute("csrf")
	Mono<CsrfToken> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return token == null ? Mono.empty()
				: token.doOnNext(value -> exchange.getAttributes()
					.put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, value));
	}

	@ModelAttribute("user")
	Mono<SignedInUser> user() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
			.filter(OAuth2User.class::isInstance)
			.mapNotNull(principal -> ((OAuth2User) principal).<SignedInUser>getAttribute("user"));
	}

}
