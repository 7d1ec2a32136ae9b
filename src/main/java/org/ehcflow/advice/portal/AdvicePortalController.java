package org.ehcflow.advice.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ehcflow.advice.portal.AdvicePortal.Submitted;
import org.ehcflow.advice.portal.LinkRefused.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The advice portal: {@code GET /advice/{token}} shows one advice request and its form,
 * {@code POST /advice/{token}} takes the answer. No login: the token is the key. Every
 * answer is an HTML page, never the API's JSON problems, and the token is never logged.
 */
@Controller
class AdvicePortalController {

	private static final Logger log = LoggerFactory.getLogger(AdvicePortalController.class);

	private final AdvicePortal portal;

	private final PortalPages pages;

	AdvicePortalController(AdvicePortal portal, PortalPages pages) {
		this.portal = portal;
		this.pages = pages;
	}

	@GetMapping("/advice/{token}")
	ModelAndView page(@PathVariable String token) {
		return pages.form(token, portal.open(token), AdviceAnswer.blank(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/advice/{token}")
	ModelAndView submit(@PathVariable String token, @ModelAttribute("answer") AdviceAnswer answer,
			BindingResult unreadableFields) {
		Submitted submitted = portal.submit(token, answer);
		if (submitted instanceof Submitted.Invalid invalid) {
			return pages.form(token, invalid.page(), answer.withoutDocument(), invalid.problems(), null,
					HttpStatus.BAD_REQUEST);
		}
		return pages.received((Submitted.Received) submitted);
	}

	/** Anything else under {@code /advice}, with any method: no such link. */
	@RequestMapping({ "/advice", "/advice/**" })
	ModelAndView noSuchLink() {
		return pages.refused(Reason.UNKNOWN);
	}

	@ExceptionHandler(LinkRefused.class)
	ModelAndView refused(LinkRefused refused) {
		return pages.refused(refused.reason());
	}

	/**
	 * A request too large to read (over {@code spring.servlet.multipart.*}): the form
	 * again with the limit. Nothing typed survives, because the server could not read the
	 * request.
	 */
	@ExceptionHandler(MultipartException.class)
	ModelAndView unreadableUpload(MultipartException unreadable, HttpServletRequest request) {
		String token = token(request);
		if (!(unreadable instanceof MaxUploadSizeExceededException) || token == null) {
			return pages.problem(HttpStatus.BAD_REQUEST);
		}
		try {
			return pages.form(token, portal.reopen(token, true), AdviceAnswer.blank(),
					Map.of("document", "The selected file must be " + pages.maxUploadSize() + " or smaller"),
					"Your file was too large for us to receive, so nothing was sent. Please enter your answer again.",
					HttpStatus.PAYLOAD_TOO_LARGE);
		}
		catch (LinkRefused refused) {
			return pages.refused(refused.reason());
		}
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception failure) {
		log.error("The advice portal could not answer a request", failure);
		return pages.problem(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@SuppressWarnings("unchecked")
	private static String token(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get("token") : null;
	}

}
