package org.ehcflow.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ehcflow.statutory.AcademicCalendar;

/**
 * The kinds of setting a plan names, as the DMN {@code phaseTransfer}, the forms and the
 * plan import know them. Special schools are split by phase (SEND Regulations 2014 reg
 * 2(1): a Year 6 pupil at a primary special school transfers to secondary). The value
 * {@code SPECIAL} of earlier versions is still read, as an all-through special school.
 */
public final class SettingTypes {

	/** Every kind, in the forms' order. */
	public static final List<String> ALL = List.of("EARLY_YEARS", "INFANT", "JUNIOR", "PRIMARY", "FIRST", "MIDDLE",
			"SECONDARY", "SECONDARY_WITH_SIXTH_FORM", "ALL_THROUGH", "SPECIAL_PRIMARY", "SPECIAL_SECONDARY",
			"SPECIAL_ALL_THROUGH", "POST_16", "OTHER");

	/** The same, as a set for {@link FormCheck#oneOf}. */
	public static final Set<String> VALUES = Set.copyOf(ALL);

	/** The single special-school value of earlier versions. */
	public static final String LEGACY_SPECIAL = "SPECIAL";

	private SettingTypes() {
	}

	/**
	 * A setting type as the rules read it: upper case, the old {@code SPECIAL} as
	 * {@code SPECIAL_ALL_THROUGH} (no move at Year 6; Year 11 as a school with a sixth
	 * form), none as {@code OTHER}.
	 * @param settingType as recorded
	 * @return one of {@link #ALL}, or the text upper-cased when it is none of them
	 */
	public static String normalise(String settingType) {
		if (settingType == null || settingType.isBlank()) {
			return "OTHER";
		}
		String type = settingType.strip().toUpperCase(Locale.ROOT);
		return LEGACY_SPECIAL.equals(type) ? "SPECIAL_ALL_THROUGH" : type;
	}

	/**
	 * Whether a year group is of school age for this rule: Reception to Year 11.
	 * @param yearGroup one of {@link AcademicCalendar#YEAR_GROUPS}, or {@code null}
	 * @return {@code true} from Reception to Year 11
	 */
	public static boolean schoolAge(String yearGroup) {
		if (yearGroup == null) {
			return false;
		}
		int index = AcademicCalendar.YEAR_GROUPS.indexOf(yearGroup);
		return index >= AcademicCalendar.YEAR_GROUPS.indexOf("R")
				&& index <= AcademicCalendar.YEAR_GROUPS.indexOf("11");
	}

	/**
	 * The problem, or {@code null}: a school-age child (Reception to Year 11) may not be
	 * left at {@code OTHER} without a reason, since a setting of unknown kind hides the
	 * transfers of reg 18(1) that depend on it (infant to junior, first to middle, middle
	 * to secondary).
	 * @param settingType the type chosen
	 * @param yearGroup the child's year group today
	 * @param reason the reason given, or {@code null}
	 * @return the message for the setting type's field, or {@code null} when it is fine
	 */
	public static String otherNeedsReason(String settingType, String yearGroup, String reason) {
		if (!"OTHER".equals(normalise(settingType)) || !schoolAge(yearGroup) || (reason != null && !reason.isBlank())) {
			return null;
		}
		return "a child of school age (Year " + yearGroup + ") needs the kind of setting named, so that the phase "
				+ "transfers of SEND Regulations 2014 reg 18 are found; choose it, or give the reason in settingTypeOtherReason";
	}

}
