package org.ehcflow.assessment;

import java.util.List;

/**
 * The sections of an EHC plan (SEND Regulations 2014 reg 12(1)(a)-(k)), as ticked on the
 * draft plan form (read with {@link org.ehcflow.common.Checklists}).
 */
final class DraftSections {

	static final List<String> ALL = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");

	private DraftSections() {
	}

	static List<String> missingFrom(List<String> ticked) {
		return ALL.stream().filter(section -> !ticked.contains(section)).toList();
	}

}
