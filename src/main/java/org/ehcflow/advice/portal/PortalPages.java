package org.ehcflow.advice.portal;

import java.util.Map;

import org.ehcflow.advice.portal.AdvicePortal.Submitted;
import org.ehcflow.advice.portal.LinkRefused.Reason;
import org.ehcflow.common.EhcFlowProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's pages ({@code templates/advice/*.html}) with what each needs. Every page
 * says whom to contact: the SEND team's address ({@code ehcflow.mail-from}). A refused
 * link's page says nothing about any case.
 */
@Component
class PortalPages {

	private final String contactEmail;

	private final String maxUploadSize;

	PortalPages(EhcFlowProperties properties, AdvicePortal portal) {
		this.contactEmail = properties.mailFrom();
		this.maxUploadSize = AnswerRules.inWords(portal.maxUploadSize());
	}

	/** The form, with any problems next to their fields and a notice above it. */
	ModelAndView form(String token, AdviceRequestPage page, AdviceAnswer answer, Map<String, String> problems,
			String notice, HttpStatus status) {
		return page("advice/request", status).addObject("token", token)
			.addObject("page", page)
			.addObject("answer", answer)
			.addObject("problems", problems)
			.addObject("notice", notice);
	}

	ModelAndView received(Submitted.Received received) {
		return page("advice/received", HttpStatus.OK).addObject("received", received);
	}

	ModelAndView refused(Reason reason) {
		String view = reason == Reason.USED ? "advice/already-received" : "advice/link-not-working";
		return page(view, reason.status()).addObject("reason", reason.name());
	}

	ModelAndView problem(HttpStatus status) {
		return page("advice/problem", status);
	}

	private ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("contactEmail", contactEmail);
		page.addObject("maxUploadSize", maxUploadSize);
		return page;
	}

	String maxUploadSize() {
		return maxUploadSize;
	}

}
