package org.ehcflow.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /plans/import}: a caseworker uploads a CSV file of existing plans and sees, line
 * by line, which plans were created (with their next review), which were already
 * maintained and which lines were refused and why. The same import as
 * {@code POST /api/plans/import}.
 */
@Controller
@RequestMapping("/plans/import")
@PreAuthorize("hasAnyAuthority('GROUP_send-caseworkers', 'GROUP_camunda-admin')")
class PlanImportPage {

	/** A file this large is not a council's plans; refuse before reading it. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	private final PlanImport planImport;

	PlanImportPage(PlanImport planImport) {
		this.planImport = planImport;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", String.join(",", PlanImport.COLUMNS));
		return "plans/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		model.addAttribute("columns", String.join(",", PlanImport.COLUMNS));
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "Choose a CSV file to upload.");
			return "plans/import";
		}
		if (file.getSize() > MAX_BYTES) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "The file is larger than 5 MB: split it into smaller files.");
			return "plans/import";
		}
		PlanImport.Result result = planImport.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8));
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("result", result);
		return "plans/import";
	}

}
