package org.ehcflow.review;

import java.util.List;
import java.util.Set;

import org.ehcflow.common.SettingTypes;

/**
 * The fixed values of the review's choices (docs/review-process.md), and the reading of a
 * Camunda Forms checklist, which arrives as a JSON array (a REST client may send a list).
 */
final class ReviewChoices {

	static final Set<String> DECISIONS = Set.of("MAINTAIN", "AMEND", "CEASE");

	/**
	 * Who must be invited to the review meeting: SEND Regulations 2014 reg 20(2), 21(3).
	 */
	static final List<String> INVITEES = List.of("PARENT_OR_YOUNG_PERSON", "SETTING_HEAD", "SEN_OFFICER", "HEALTH",
			"SOCIAL_CARE");

	static final Set<String> AMENDMENT_RESPONSES = Set.of("RESPONDED", "NO_RESPONSE");

	static final Set<String> CONSULTATION_RESPONSES = Set.of("AGREED", "DECLINED", "NO_REPLY");

	static final Set<String> AMENDMENT_OUTCOMES = Set.of("ISSUE_AMENDED_PLAN", "DO_NOT_AMEND");

	static final Set<String> CEASE_REASONS = Set.of("NEEDS_MET_WITHOUT_PLAN", "HIGHER_EDUCATION", "EMPLOYMENT",
			"LEFT_EDUCATION", "MOVED_OUT_OF_ENGLAND", "MAXIMUM_AGE", "OTHER");

	/**
	 * The kinds of setting an amended plan may name (special schools by phase):
	 * {@link SettingTypes}.
	 */
	static final Set<String> SETTING_TYPES = SettingTypes.VALUES;

	/**
	 * What "Confirm the plan has ceased" records: no appeal (and no late appeal
	 * admitted), a mediation certificate (HESC r20(1)(c): 1 month after it, if later), or
	 * an appeal lodged.
	 */
	static final Set<String> CEASE_OUTCOMES = Set.of("NO_APPEAL", "MEDIATION_CERTIFICATE", "APPEAL_LODGED");

	/**
	 * The Tribunal's decision on an appeal against ceasing: the plan ceases, or it
	 * continues.
	 */
	static final Set<String> APPEAL_OUTCOMES = Set.of("CEASE_UPHELD", "PLAN_CONTINUES");

	private ReviewChoices() {
	}

}
