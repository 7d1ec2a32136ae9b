package org.ehcflow.advice.portal;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.ehcflow.advice.portal.LinkRefused.Reason;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before the portal's controller answers are still portal pages (for
 * browsers; other clients get Spring Boot's usual error body). Mostly that is a form sent
 * after its session ended, which Spring Security refuses (403, CSRF): the form comes back
 * with what was typed and a fresh token, so the advice giver only has to send it again. A
 * path that is no link gets the unknown link's page.
 */
@Component
class PortalErrorViews implements ErrorViewResolver, Ordered {

	private static final String PORTAL = "/advice/";

	private final AdvicePortal portal;

	private final PortalPages pages;

	PortalErrorViews(AdvicePortal portal, PortalPages pages) {
		this.portal = portal;
		this.pages = pages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String portalPath = request.getContextPath() + PORTAL;
		if (!(uri instanceof String path) || !path.startsWith(portalPath)) {
			return null;
		}
		String token = path.substring(portalPath.length());
		if (status == HttpStatus.NOT_FOUND) {
			return pages.refused(Reason.UNKNOWN);
		}
		if (status != HttpStatus.FORBIDDEN || !"POST".equals(request.getMethod()) || token.isEmpty()
				|| token.contains("/")) {
			return pages.problem(status);
		}
		AdviceAnswer typed = new AdviceAnswer(request.getParameter("outcome"), request.getParameter("adviceText"),
				request.getParameter("existingAdviceReason"), request.getParameter("notInvolvedReason"), null);
		try {
			return pages.form(token, portal.reopen(token, false), typed, Map.of(),
					"For your security this page stopped working after a while, so nothing was sent yet. Check your "
							+ "answer and send it again. If you attached a file, choose it again.",
					HttpStatus.FORBIDDEN);
		}
		catch (LinkRefused refused) {
			return pages.refused(refused.reason());
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
