package org.ehcflow.assessment;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sections of an EHC plan (SEND Regulations 2014 reg 12(1)(a)-(k)), as ticked on the draft
 * plan form. A Camunda Forms checklist stores a JSON array; a REST client may send a list.
 */
final class DraftSections {

	static final List<String> ALL = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");

	private static final ObjectMapper JSON = new ObjectMapper();

	private DraftSections() {
	}

	static List<String> ticked(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Object::toString).toList();
		}
		try {
			JsonNode node = JSON.readTree(value.toString());
			List<String> sections = new ArrayList<>();
			if (node.isArray()) {
				node.forEach(section -> sections.add(section.asText()));
			}
			return sections;
		}
		catch (JsonProcessingException ex) {
			return List.of();
		}
	}

	static List<String> missingFrom(List<String> ticked) {
		return ALL.stream().filter(section -> !ticked.contains(section)).toList();
	}

}
