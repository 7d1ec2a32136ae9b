package org.ehcflow.assessment;

import static org.ehcflow.assessment.AssessmentVariables.PROCESS_KEY;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/assessments}: a request for an EHC needs assessment from another
 * system (CFA 2014 s36(1)). The body is read as a JSON object so that every problem,
 * wrong types included, is reported at once; a request with any problem starts nothing.
 * The case is started exactly as Tasklist's start form starts it, so the start listener
 * ({@link RequestRecorder}) checks it again, gives it its reference and records its
 * deadlines.
 */
@RestController
class AssessmentApi {

	/**
	 * The fields of a request that are JSON text; {@link RequestRules} checks their
	 * values.
	 */
	private static final Set<String> TEXT = Set.of(AssessmentVariables.CASE_REFERENCE,
			AssessmentVariables.REQUEST_RECEIVED_DATE, RequestRules.REQUEST_SOURCE,
			AssessmentVariables.CHILD_FIRST_NAME, RequestRules.CHILD_LAST_NAME, AssessmentVariables.CHILD_DATE_OF_BIRTH,
			"parentName", AssessmentVariables.PARENT_EMAIL, "parentPhone", "settingName",
			AssessmentVariables.SETTING_EMAIL, RequestRules.SENSORY_IMPAIRMENT, "requestSummary");

	private static final String CONSENT = "consentToShareInformation";

	private final RequestRules rules;

	private final RuntimeService runtimeService;

	AssessmentApi(RequestRules rules, RuntimeService runtimeService) {
		this.rules = rules;
		this.runtimeService = runtimeService;
	}

	@PostMapping("/api/assessments")
	@PreAuthorize("hasAnyAuthority('GROUP_send-caseworkers', 'GROUP_camunda-admin')")
	ResponseEntity<AssessmentStarted> start(@RequestBody Map<String, Object> request, HttpServletRequest http) {
		List<FieldProblem> problems = problemsWith(request);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ProcessInstanceWithVariables started = startCase(request);
		AssessmentStarted body = AssessmentStarted.from(started.getId(), started.getVariables());
		URI timeline = UriComponentsBuilder.fromPath(http.getContextPath())
			.path("/api/cases/{caseReference}/timeline")
			.buildAndExpand(body.caseReference())
			.encode()
			.toUri();
		return ResponseEntity.created(timeline).body(body);
	}

	/**
	 * The request rules' problems, with a field of the wrong JSON type named once, by its
	 * type: a text field given as a number, a list or an object, a year group in quotes,
	 * consent other than true or false.
	 */
	private List<FieldProblem> problemsWith(Map<String, Object> request) {
		List<FieldProblem> typeProblems = new ArrayList<>();
		request.forEach((field, value) -> typeProblem(field, value).ifPresent(typeProblems::add));
		Set<String> wronglyTyped = typeProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		rules.check(request, true)
			.stream()
			.filter(problem -> !wronglyTyped.contains(problem.field()))
			.forEach(problems::add);
		problems.addAll(typeProblems);
		return problems;
	}

	private static Optional<FieldProblem> typeProblem(String field, Object value) {
		if (value == null) {
			return Optional.empty();
		}
		String problem = null;
		if (RequestRules.NATIONAL_CURRICULUM_YEAR.equals(field) && !(value instanceof Number)) {
			problem = "must be a whole number from -2 to 14 (-2 and -1 nursery, 0 Reception), not text, "
					+ "or null for a young person past school";
		}
		else if (CONSENT.equals(field) && !(value instanceof Boolean)) {
			problem = "must be true or false";
		}
		else if (TEXT.contains(field) && !(value instanceof String)) {
			problem = "must be text, in quotes";
		}
		return Optional.ofNullable(problem).map(message -> new FieldProblem(field, message));
	}

	/**
	 * Starts the case; a rule the start listener finds broken (a reference in use) is a
	 * 400 too.
	 */
	private ProcessInstanceWithVariables startCase(Map<String, Object> request) {
		try {
			return runtimeService.createProcessInstanceByKey(PROCESS_KEY)
				.setVariables(request)
				.executeWithVariablesInReturn();
		}
		catch (RuntimeException ex) {
			InvalidInputException invalid = InvalidInputException.findIn(ex);
			throw invalid != null ? invalid : ex;
		}
	}

}
