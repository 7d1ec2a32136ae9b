package org.ehcflow.advice;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ehcflow.common.CsvFiles;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advice-giver directory for administrators (group {@code camunda-admin}):
 * <ul>
 * <li>{@code GET /api/advice-services}: every service, with its named people;</li>
 * <li>{@code PUT /api/advice-services/{code}}: creates or replaces one service from
 * JSON;</li>
 * <li>{@code POST /api/advice-services/import}: creates or replaces the services of a CSV
 * file ({@code code,name,intake_email,manager_email,active}), all of them or, if any line
 * is wrong, none.</li>
 * </ul>
 * A request that breaks a rule gets 400 with every field's problem (see
 * {@code common.ApiErrors}).
 */
@RestController
@RequestMapping("/api/advice-services")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class AdviceDirectoryApi {

	private final AdviceDirectory directory;

	AdviceDirectoryApi(AdviceDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	List<ServiceView> services() {
		return directory.services().stream().map(this::view).toList();
	}

	@PutMapping("/{code}")
	ServiceView save(@PathVariable String code, @RequestBody ServiceRequest request, Principal user) {
		AdviceDirectory.Service service = new AdviceDirectory.Service(code, AdviceDirectoryRules.clean(request.name()),
				AdviceDirectoryRules.clean(request.intakeEmail()), AdviceDirectoryRules.clean(request.managerEmail()),
				request.active() == null || request.active());
		List<AdviceDirectory.Contact> contacts = request.contacts() == null ? null : request.contacts()
			.stream()
			.map(contact -> contact == null ? null
					: new AdviceDirectory.Contact(AdviceDirectoryRules.clean(contact.name()),
							AdviceDirectoryRules.clean(contact.email()), AdviceDirectoryRules.clean(contact.role())))
			.toList();
		List<FieldProblem> problems = new ArrayList<>(AdviceDirectoryRules.check(service, field -> field));
		problems.addAll(AdviceDirectoryRules.checkContacts(contacts));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		directory.save(service, contacts, user.getName());
		return view(directory.service(code).orElseThrow());
	}

	/**
	 * The body is read as text whatever its type, so that a file sent as something other
	 * than CSV gets a plain answer about CSV rather than the JSON API's.
	 */
	@PostMapping("/import")
	ResponseEntity<?> importCsv(@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) String csv, Principal user) {
		if (!CsvFiles.isCsv(contentType)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the file as CSV, with the header Content-Type: text/csv.");
			problem.setTitle("Unsupported media type");
			return ResponseEntity.of(problem).build();
		}
		AdviceDirectoryCsv.Result read = AdviceDirectoryCsv.read(csv);
		if (!read.problems().isEmpty()) {
			throw new InvalidInputException(read.problems());
		}
		directory.saveAll(read.services(), user.getName());
		return ResponseEntity.ok(Map.of("imported", read.services().size(), "services", services()));
	}

	private ServiceView view(AdviceDirectory.Entry entry) {
		AdviceDirectory.Service service = entry.service();
		return new ServiceView(service.code(), service.name(), service.intakeEmail(), service.managerEmail(),
				service.active(), entry.updatedAt(), entry.updatedBy(), directory.contacts(service.code()));
	}

	/**
	 * A service as {@code PUT} takes it; {@code active} defaults to true,
	 * {@code contacts} to "leave as they are".
	 */
	record ServiceRequest(String name, String intakeEmail, String managerEmail, Boolean active,
			List<ContactRequest> contacts) {
	}

	record ContactRequest(String name, String email, String role) {
	}

	record ServiceView(String code, String name, String intakeEmail, String managerEmail, boolean active,
			Instant updatedAt, String updatedBy, List<AdviceDirectory.Contact> contacts) {
	}

}
