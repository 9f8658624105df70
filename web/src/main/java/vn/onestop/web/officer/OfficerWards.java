package vn.onestop.web.officer;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;

import vn.onestop.web.session.SignedInUser;

/** The wards in the signed-in user's ID token: only to preselect the filing's ward; intake decides if it is theirs. */
final class OfficerWards {

	private OfficerWards() {
	}

	static Mono<List<String>> current() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
			.filter(OAuth2User.class::isInstance)
			.mapNotNull(principal -> ((OAuth2User) principal).<SignedInUser>getAttribute("user"))
			.map(SignedInUser::wards)
			.defaultIfEmpty(List.of());
	}

}
