package org.ehcflow.advice;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ehcflow.common.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page for administrators ({@code camunda-admin}) to see and change the advice-giver
 * directory without the API: {@code /admin/advice-services} lists every service the
 * directory can hold and edits one at a time, each by its own form (with Spring
 * Security's CSRF token).
 */
@Controller
@RequestMapping("/admin/advice-services")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class AdviceDirectoryPage {

	private final AdviceDirectory directory;

	private final AdviceContacts contacts;

	AdviceDirectoryPage(AdviceDirectory directory, AdviceContacts contacts) {
		this.directory = directory;
		this.contacts = contacts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", rows(null, null));
		return "admin/advice-services";
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String intakeEmail, @RequestParam(defaultValue = "") String managerEmail,
			@RequestParam(defaultValue = "false") boolean active, Principal user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AdviceDirectory.Service service = new AdviceDirectory.Service(code, AdviceDirectoryRules.clean(name),
				AdviceDirectoryRules.clean(intakeEmail), AdviceDirectoryRules.clean(managerEmail), active);
		List<FieldProblem> problems = AdviceDirectoryRules.check(service, field -> field);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rows", rows(service, problems));
			return "admin/advice-services";
		}
		directory.save(service, null, user.getName());
		redirect.addFlashAttribute("saved", service.code());
		return "redirect:/admin/advice-services";
	}

	/**
	 * One row per code the directory can hold, stored or not; the one just submitted with
	 * its problems shows what was typed.
	 */
	private List<Row> rows(AdviceDirectory.Service submitted, List<FieldProblem> problems) {
		Map<String, AdviceDirectory.Entry> stored = new LinkedHashMap<>();
		directory.services().forEach(entry -> stored.put(entry.service().code(), entry));
		return AdviceDirectoryRules.CODES.stream().map(code -> {
			Optional<AdviceDirectory.Entry> entry = Optional.ofNullable(stored.get(code));
			boolean isSubmitted = submitted != null && code.equals(submitted.code());
			AdviceDirectory.Service shown = isSubmitted ? submitted : entry.map(AdviceDirectory.Entry::service)
				.orElse(new AdviceDirectory.Service(code, null, null, null, true));
			Map<String, String> errors = new LinkedHashMap<>();
			if (isSubmitted) {
				problems.forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b));
			}
			return new Row(code, AdviceService.valueOf(code).displayName(), shown, entry.isPresent(),
					entry.map(AdviceDirectory.Entry::updatedBy).orElse(null),
					entry.isPresent() ? null : contacts.intakeFor(code), errors);
		}).toList();
	}

	/**
	 * One service on the page.
	 *
	 * @param fallback for a code without a row: where requests go meanwhile
	 * (configuration), or empty
	 */
	record Row(String code, String kind, AdviceDirectory.Service service, boolean stored, String updatedBy,
			String fallback, Map<String, String> errors) {
	}

}
