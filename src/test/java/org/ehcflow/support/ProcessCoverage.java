package org.ehcflow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Nested;

/**
 * The flow-node coverage of one model over all the {@code @Nested} groups of a test
 * class, read from the reports that camunda-process-test-coverage writes for each group
 * under {@code target/process-test-coverage}. The library reports each group on its own;
 * a process is covered when the groups together pass every flow node.
 */
public final class ProcessCoverage {

	private static final Path REPORTS = Path.of("target", "process-test-coverage");

	private final Set<String> flowNodes;

	private final Set<String> passed;

	private ProcessCoverage(Set<String> flowNodes, Set<String> passed) {
		this.flowNodes = flowNodes;
		this.passed = passed;
	}

	public static ProcessCoverage of(String processKey, Class<?> testClass) throws IOException {
		Set<String> flowNodes = Bpmn.readModelFromFile(Path.of("processes", processKey + ".bpmn").toFile())
			.getModelElementsByType(FlowNode.class)
			.stream()
			.map(FlowNode::getId)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> passed = new TreeSet<>();
		ObjectMapper json = new ObjectMapper();
		for (Class<?> group : Arrays.stream(testClass.getDeclaredClasses())
			.filter(group -> group.isAnnotationPresent(Nested.class))
			.toList()) {
			Path report = REPORTS.resolve(group.getName()).resolve("report.json");
			if (!Files.exists(report)) {
				continue;
			}
			for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
				for (JsonNode run : suite.path("runs")) {
					for (JsonNode event : run.path("events")) {
						if (processKey.equals(event.path("modelKey").asText())
								&& "FLOW_NODE".equals(event.path("source").asText())) {
							passed.add(event.path("definitionKey").asText());
						}
					}
				}
			}
		}
		passed.retainAll(flowNodes);
		return new ProcessCoverage(flowNodes, passed);
	}

	public double ratio() {
		return flowNodes.isEmpty() ? 1 : (double) passed.size() / flowNodes.size();
	}

	public Set<String> missed() {
		Set<String> missed = new TreeSet<>(flowNodes);
		missed.removeAll(passed);
		return missed;
	}

	@Override
	public String toString() {
		return "%d of %d flow nodes (%.1f%%)".formatted(passed.size(), flowNodes.size(), ratio() * 100);
	}

}
