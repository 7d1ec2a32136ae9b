package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions every model in processes/ keeps (docs/model-conventions.md): typed,
 * stable ids; history time to live; documentation with the regulation on every user task;
 * a form from forms/ for every user task; a diagram for Modeler and Cockpit.
 */
class ModelConventionsTests {

	static Stream<Path> models() throws IOException {
		return Files.list(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
	}

	static BpmnModelInstance read(Path model) {
		return Bpmn.readModelFromFile(model.toFile());
	}

	@ParameterizedTest
	@MethodSource("models")
	void noElementKeepsAModelerDefaultId(Path model) {
		Collection<BaseElement> elements = read(model).getModelElementsByType(BaseElement.class);
		// Elements the BPMN schema gives no id (multi-instance loop characteristics) are
		// left out.
		assertThat(elements).extracting(BaseElement::getId)
			.filteredOn(Objects::nonNull)
			.noneMatch(id -> id.matches("(Activity|Gateway|Event|Flow|Task|StartEvent|EndEvent)_[0-9a-z]{7}"))
			.allMatch(id -> id.matches("[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9_]+)?"));
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyProcessIsExecutableAndKeepsItsHistoryForASetTime(Path model) {
		for (Process process : read(model).getModelElementsByType(Process.class)) {
			assertThat(process.isExecutable()).isTrue();
			assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
			assertThat(model.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyUserTaskSaysWhatItIsForAndWhichRegulationSetsItsLimit(Path model) {
		for (UserTask task : read(model).getModelElementsByType(UserTask.class)) {
			assertThat(task.getId()).startsWith("Task_");
			assertThat(task.getDocumentations()).as(task.getId()).isNotEmpty();
			assertThat(task.getDocumentations().iterator().next().getTextContent()).as(task.getId())
				.containsPattern("(reg|s)\\s?\\d");
			assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
			assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyFormReferencedIsInTheFormsFolderAndBoundToTheDeployment(Path model) throws IOException {
		BpmnModelInstance instance = read(model);
		List<String[]> references = Stream
			.concat(instance.getModelElementsByType(UserTask.class)
				.stream()
				.map(task -> new String[] { task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"),
						task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding") }),
					instance.getModelElementsByType(StartEvent.class)
						.stream()
						.filter(start -> start.getParentElement() instanceof Process)
						.filter(start -> start.getEventDefinitions().isEmpty())
						.map(start -> new String[] {
								start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"),
								start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding") }))
			.toList();
		String forms = String.join("\n", Files.list(Path.of("forms")).map(ModelConventionsTests::readString).toList());
		for (String[] reference : references) {
			// Processes only ever called by another have a plain start event without a
			// start form.
			if (reference[0] == null
					&& Set.of("adviceRequest.bpmn", "annualReview.bpmn").contains(model.getFileName().toString())) {
				continue;
			}
			assertThat(reference[0]).isNotBlank();
			assertThat(reference[1]).isEqualTo("deployment");
			assertThat(forms).containsPattern("\"id\"\\s*:\\s*\"" + reference[0] + "\"");
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyFlowNodeIsDrawn(Path model) {
		BpmnModelInstance instance = read(model);
		List<String> drawn = instance.getModelElementsByType(BpmnShape.class)
			.stream()
			.map(shape -> shape.getBpmnElement().getId())
			.toList();
		assertThat(instance.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
			.allMatch(drawn::contains);
	}

	private static String readString(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
