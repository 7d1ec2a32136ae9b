package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the Camunda Forms in forms/ in step with the models in processes/ and with the
 * contracts in docs/*-process.md: every form a model asks for exists once, every form is
 * used, and every field sends the variable names and values the server-side checks
 * expect.
 */
class FormsTests {

	static final Path FORMS = Path.of("forms");

	static final Path PROCESSES = Path.of("processes");

	/**
	 * The contracts that name every process variable: docs/assessment-process.md and its
	 * siblings.
	 */
	static final Path CONTRACTS = Path.of("docs");

	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	/** The form of the request, the only one that may show who the child is. */
	static final String REQUEST_FORM = "Form_RecordRequest";

	/** The form-js schema that Camunda 7.24's Tasklist renders. */
	static final int SCHEMA_VERSION = 16;

	/**
	 * The fixed values of the choices that gateways, checks and reports read
	 * (docs/assessment-process.md).
	 */
	static final Map<String, Set<String>> CHOICES = choices();

	static final ObjectMapper JSON = new ObjectMapper();

	private static Map<String, Set<String>> choices() {
		Map<String, Set<String>> choices = new LinkedHashMap<>();
		choices.put("decisionToAssess", Set.of("ASSESS", "DO_NOT_ASSESS"));
		choices.put("decisionToIssue", Set.of("ISSUE", "DO_NOT_ISSUE"));
		choices.put("familyResponse", Set.of("RESPONDED", "NO_RESPONSE"));
		choices.put("settingConsultationResponse", Set.of("AGREED", "DECLINED", "NO_REPLY"));
		choices.put("adviceOutcome", Set.of("NEW_ADVICE", "EXISTING_ADVICE_APPLIES", "NOT_INVOLVED"));
		choices.put("changeType", Set.of("WITHDRAWN", "MOVED_OUT_OF_AREA", "TIME_LIMIT_EXCEPTION"));
		choices.put("requestSource", Set.of("PARENT", "YOUNG_PERSON", "SETTING", "HEALTH", "SOCIAL_CARE", "OTHER"));
		choices.put("sensoryImpairment", Set.of("NONE", "VISION", "HEARING", "MULTI_SENSORY"));
		choices.put("exceptionStep", Set.of("decideWhetherToAssess", "advice", "decideWhetherToIssue", "finalPlan"));
		choices.put("exceptionReason", Set.of("SETTING_CLOSED", "EARLY_YEARS_CLOSED", "EXCEPTIONAL_CIRCUMSTANCES",
				"AWAY_FROM_AREA", "MISSED_APPOINTMENT"));
		choices.put("draftSectionsComplete", Set.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"));
		choices.put("reviewDecision", Set.of("MAINTAIN", "AMEND", "CEASE"));
		choices.put("reviewInvitees",
				Set.of("PARENT_OR_YOUNG_PERSON", "SETTING_HEAD", "SEN_OFFICER", "HEALTH", "SOCIAL_CARE"));
		choices.put("reviewAdvice", Set.of("PARENT", "EDUCATIONAL", "MEDICAL", "PSYCHOLOGICAL", "SOCIAL_CARE",
				"PREPARING_FOR_ADULTHOOD", "SENSORY", "OTHER"));
		choices.put("amendmentResponse", Set.of("RESPONDED", "NO_RESPONSE"));
		choices.put("newSettingConsultationResponse", Set.of("AGREED", "DECLINED", "NO_REPLY"));
		choices.put("amendmentOutcome", Set.of("ISSUE_AMENDED_PLAN", "DO_NOT_AMEND"));
		choices.put("settingType",
				Set.of("EARLY_YEARS", "INFANT", "JUNIOR", "PRIMARY", "FIRST", "MIDDLE", "SECONDARY",
						"SECONDARY_WITH_SIXTH_FORM", "ALL_THROUGH", "SPECIAL_PRIMARY", "SPECIAL_SECONDARY",
						"SPECIAL_ALL_THROUGH", "POST_16", "OTHER"));
		choices.put("ceaseReason", Set.of("NEEDS_MET_WITHOUT_PLAN", "HIGHER_EDUCATION", "EMPLOYMENT", "LEFT_EDUCATION",
				"MOVED_OUT_OF_ENGLAND", "MAXIMUM_AGE", "OTHER"));
		choices.put("ceaseOutcome", Set.of("NO_APPEAL", "MEDIATION_CERTIFICATE", "APPEAL_LODGED"));
		choices.put("appealOutcome", Set.of("CEASE_UPHELD", "PLAN_CONTINUES"));
		return choices;
	}

	static Stream<Path> forms() throws IOException {
		try (Stream<Path> files = Files.list(FORMS)) {
			return files.filter(path -> path.toString().endsWith(".form")).sorted().toList().stream();
		}
	}

	static Stream<Arguments> choiceFields() {
		return CHOICES.entrySet().stream().map(choice -> Arguments.of(choice.getKey(), choice.getValue()));
	}

	static JsonNode read(Path form) {
		try {
			return JSON.readTree(form.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(form + " is not JSON", ex);
		}
	}

	/** Every form in forms/ by its id; a duplicate id fails here. */
	static Map<String, JsonNode> formsById() throws IOException {
		Map<String, JsonNode> byId = new TreeMap<>();
		forms().forEach(path -> {
			JsonNode form = read(path);
			String id = form.path("id").asText();
			assertThat(byId.put(id, form)).as("another form in forms/ also has the id %s (%s)", id, path).isNull();
		});
		return byId;
	}

	/** Every field of a form, including those inside groups and dynamic lists. */
	static List<JsonNode> components(JsonNode form) {
		List<JsonNode> all = new ArrayList<>();
		form.path("components").forEach(component -> {
			all.add(component);
			all.addAll(components(component));
		});
		return all;
	}

	static List<JsonNode> keyed(JsonNode form) {
		return components(form).stream().filter(component -> component.hasNonNull("key")).toList();
	}

	/**
	 * {@code camunda:formRef} of every element of every model, by form id: the elements'
	 * kinds.
	 */
	static Map<String, List<String>> formReferences() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Map<String, List<String>> references = new TreeMap<>();
		List<Path> models;
		try (Stream<Path> files = Files.list(PROCESSES)) {
			models = files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
		}
		for (Path model : models) {
			Document document = factory.newDocumentBuilder().parse(model.toFile());
			NodeList elements = document.getElementsByTagNameNS("*", "*");
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				Attr formRef = element.getAttributeNodeNS(CAMUNDA_NS, "formRef");
				if (formRef != null) {
					references.computeIfAbsent(formRef.getValue(), id -> new ArrayList<>()).add(element.getLocalName());
				}
			}
		}
		return references;
	}

	/** The forms of user tasks, as opposed to start forms. */
	static Set<String> taskFormIds() throws Exception {
		Set<String> ids = new TreeSet<>();
		formReferences().forEach((id, elements) -> {
			if (elements.contains("userTask")) {
				ids.add(id);
			}
		});
		return ids;
	}

	/** Every name the contract writes as code, e.g. {@code `decisionToAssessDate`}. */
	static Set<String> contractNames() throws IOException {
		Set<String> names = new TreeSet<>();
		List<Path> contracts;
		try (Stream<Path> files = Files.list(CONTRACTS)) {
			contracts = files.filter(path -> path.toString().endsWith("-process.md")).toList();
		}
		for (Path contract : contracts) {
			Matcher code = Pattern.compile("`([A-Za-z][A-Za-z0-9]*)`").matcher(Files.readString(contract));
			while (code.find()) {
				names.add(code.group(1));
			}
		}
		return names;
	}

	static String fileNameFor(String formId) {
		return formId.substring("Form_".length()).replaceAll("(?<!^)(?=[A-Z])", "-").toLowerCase(Locale.ROOT) + ".form";
	}

	/**
	 * Deadlines end in By, except who asked for something
	 * ({@code earlyReviewRequestedBy}, docs/plan-process.md).
	 */
	static boolean isDateNamed(String key) {
		return key.endsWith("Date") || (key.endsWith("By") && !key.endsWith("RequestedBy"))
				|| key.endsWith("DateOfBirth");
	}

	@Nested
	class FormsAndModels {

		@Test
		void everyFormAModelAsksForIsInTheFormsFolderExactlyOnce() throws Exception {
			Map<String, JsonNode> forms = formsById();
			Map<String, List<String>> references = formReferences();
			assertThat(references).as("camunda:formRef in processes/*.bpmn").isNotEmpty();
			assertThat(forms.keySet()).as("ids of the forms in forms/").containsAll(references.keySet());
		}

		@Test
		void everyFormInTheFormsFolderIsUsedByAModel() throws Exception {
			assertThat(formReferences().keySet()).as("forms that the models refer to")
				.containsAll(formsById().keySet());
		}

		/**
		 * A refused form names the field by its label (common.FormLabels), one label per
		 * key.
		 */
		@Test
		void aKeyThatSeveralFormsLetPeopleFillInHasTheSameLabelOnEach() throws Exception {
			Map<String, Set<String>> labels = new TreeMap<>();
			for (JsonNode form : formsById().values()) {
				keyed(form).stream()
					.filter(field -> !field.path("disabled").asBoolean(false))
					.forEach(field -> labels.computeIfAbsent(field.get("key").asText(), key -> new TreeSet<>())
						.add(field.path("label").asText(field.path("dateLabel").asText(""))));
			}
			assertThat(labels).allSatisfy((key, seen) -> assertThat(seen).as("labels of %s", key).hasSize(1));
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void aFormFileIsNamedAfterItsId(Path form) {
			String id = read(form).path("id").asText();
			assertThat(id).matches("Form_[A-Z][A-Za-z]+");
			assertThat(form.getFileName()).hasToString(fileNameFor(id));
		}

	}

	@Nested
	class EveryForm {

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void isACamundaFormThatTasklistRenders(Path path) {
			JsonNode form = read(path);
			assertThat(form.path("components").isArray()).as("%s has a components array", path).isTrue();
			assertThat(form.path("components")).as(path.toString()).isNotEmpty();
			assertThat(form.path("type").asText()).isEqualTo("default");
			assertThat(form.path("schemaVersion").asInt()).as("%s: form-js schema of Camunda 7.24", path)
				.isEqualTo(SCHEMA_VERSION);
			assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
			assertThat(form.path("executionPlatformVersion").asText()).startsWith("7.");
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void everyKeyIsALegalVariableNameUsedOnce(Path path) {
			List<String> keys = keyed(read(path)).stream().map(field -> field.get("key").asText()).toList();
			assertThat(keys).as("keys of %s", path)
				.isNotEmpty()
				.allSatisfy(key -> assertThat(key).as("%s: key", path)
					.matches("[a-z][A-Za-z0-9]*")
					.matches(SourceVersion::isName, "is a Java name, not a keyword"))
				.doesNotHaveDuplicates();
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void everyKeyIsAVariableTheContractNames(Path path) throws IOException {
			Set<String> contract = contractNames();
			assertThat(keyed(read(path))).extracting(field -> field.get("key").asText())
				.filteredOn(key -> !contract.contains(key))
				.as("keys of %s that no docs/*-process.md names (misspelt, or add them to the contract first)", path)
				.isEmpty();
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void everyIdIsUnique(Path path) {
			assertThat(components(read(path))).extracting(component -> component.path("id").asText())
				.as("component ids of %s", path)
				.allSatisfy(id -> assertThat(id).isNotBlank())
				.doesNotHaveDuplicates();
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void everyDateIsPickedAsADateSoTheServerGetsAnIsoDate(Path path) {
			for (JsonNode field : keyed(read(path))) {
				String key = field.get("key").asText();
				boolean required = field.path("validate").path("required").asBoolean(false);
				boolean picker = "datetime".equals(field.path("type").asText());
				if (picker || isDateNamed(key) || (required && key.toLowerCase(Locale.ROOT).contains("date"))) {
					assertThat(field.path("type").asText()).as("%s: type of %s", path, key).isEqualTo("datetime");
					assertThat(field.path("subtype").asText()).as("%s: subtype of %s", path, key).isEqualTo("date");
				}
			}
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void startsBySayingWhatTheStepIsForAndWhichLawAppliesToIt(Path path) {
			JsonNode first = read(path).path("components").path(0);
			assertThat(first.path("type").asText()).as("%s starts with a text", path).isEqualTo("text");
			assertThat(first.path("text").asText()).as(path.toString()).containsPattern("(reg|s)\\s?\\d");
		}

		@ParameterizedTest
		@MethodSource("org.ehcflow.FormsTests#forms")
		void everyEmailFieldIsCheckedAsAnEmailAddress(Path path) {
			keyed(read(path)).stream()
				.filter(field -> field.get("key").asText().endsWith("Email"))
				.filter(field -> !field.path("disabled").asBoolean(false))
				.forEach(field -> assertThat(field.path("validate").path("validationType").asText())
					.as("%s: %s", path, field.get("key").asText())
					.isEqualTo("email"));
		}

	}

	@Nested
	class Choices {

		@ParameterizedTest(name = "{0}")
		@MethodSource("org.ehcflow.FormsTests#choiceFields")
		void offerExactlyTheValuesTheServerAccepts(String key, Set<String> values) throws Exception {
			List<JsonNode> fields = new ArrayList<>();
			for (JsonNode form : formsById().values()) {
				keyed(form).stream().filter(field -> key.equals(field.get("key").asText())).forEach(fields::add);
			}
			assertThat(fields).as("fields with the key %s", key).isNotEmpty();
			for (JsonNode field : fields) {
				assertThat(field.path("type").asText()).as(key).isIn("select", "radio", "checklist");
				List<JsonNode> options = new ArrayList<>();
				field.path("values").forEach(options::add);
				assertThat(options).as("options of %s", key).allSatisfy(option -> {
					assertThat(option.path("value").isTextual()).as("%s: %s is text", key, option).isTrue();
					assertThat(option.path("label").asText()).as("%s: label of %s", key, option).isNotBlank();
				});
				assertThat(options).extracting(option -> option.path("value").asText())
					.as("values of %s", key)
					.doesNotHaveDuplicates()
					.containsExactlyInAnyOrderElementsOf(values);
			}
		}

		@Test
		void theNationalCurriculumYearIsSentAsANumber() throws Exception {
			JsonNode year = keyed(formsById().get(REQUEST_FORM)).stream()
				.filter(field -> "nationalCurriculumYear".equals(field.get("key").asText()))
				.findFirst()
				.orElseThrow();
			assertThat(year.path("validate").path("required").asBoolean(false))
				.as("empty means a young person past school")
				.isFalse();
			if ("number".equals(year.path("type").asText())) {
				assertThat(year.path("serializeToString").asBoolean(false)).isFalse();
				return;
			}
			List<JsonNode> options = new ArrayList<>();
			year.path("values").forEach(options::add);
			assertThat(options)
				.allSatisfy(option -> assertThat(option.path("value").isInt()).as("%s", option).isTrue());
			assertThat(options).extracting(option -> option.path("value").asInt())
				.containsExactlyElementsOf(IntStream.rangeClosed(-2, 14).boxed().toList());
		}

	}

	@Nested
	class TaskForms {

		@Test
		void showTheCaseReferenceButDoNotSendItBack() throws Exception {
			Map<String, JsonNode> forms = formsById();
			Set<String> taskForms = taskFormIds();
			assertThat(taskForms).isNotEmpty();
			for (String id : taskForms) {
				assertThat(forms).as("forms/ has the task form %s", id).containsKey(id);
				assertThat(keyed(forms.get(id))).as("%s shows the case reference in a disabled field", id)
					.anySatisfy(field -> {
						assertThat(field.get("key").asText()).isEqualTo("caseReference");
						assertThat(field.path("disabled").asBoolean(false)).isTrue();
					});
			}
		}

		@Test
		void showTheStatutoryDeadlineFromItsVariable() throws Exception {
			Map<String, JsonNode> forms = formsById();
			for (String id : taskFormIds()) {
				assertThat(forms).as("forms/ has the task form %s", id).containsKey(id);
				assertThat(forms.get(id).path("components").path(0).path("text").asText())
					.as("%s shows its deadline", id)
					.containsPattern("\\{\\{\\s*[a-z][A-Za-z]*By\\s*}}");
			}
		}

		@Test
		void neverShowWhoTheChildIs() throws Exception {
			formsById().forEach((id, form) -> {
				if (!REQUEST_FORM.equals(id)) {
					assertThat(form.toString()).as("%s must not show or need the child's name", id)
						.doesNotContain("childFirstName", "childLastName", "childDateOfBirth");
				}
			});
		}

	}

	@Nested
	class CaseChangeForm {

		@Test
		void asksForTheExceptionOnlyForATimeLimitException() throws Exception {
			JsonNode form = formsById().get("Form_RecordCaseChange");
			assertThat(form).isNotNull();
			List<JsonNode> fields = keyed(form);
			assertThat(fields).extracting(field -> field.get("key").asText())
				.contains("caseReference", "changeType", "changeDate", "exceptionStep", "exceptionReason",
						"exceptionStartDate", "exceptionEndDate", "exceptionEvidence", "familyToldOfDelay",
						"changeNotes");
			for (JsonNode field : fields) {
				String key = field.get("key").asText();
				String hide = field.path("conditional").path("hide").asText("");
				if (key.startsWith("exception") || "familyToldOfDelay".equals(key)) {
					assertThat(hide).as("%s is hidden unless the change is a time-limit exception", key)
						.startsWith("=")
						.contains("changeType")
						.contains("\"TIME_LIMIT_EXCEPTION\"");
				}
				else {
					assertThat(hide).as("%s is always shown", key).isEmpty();
				}
			}
		}

	}

}
