package org.ehcflow.statutory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The only lawful reasons for missing a time limit of the EHC needs assessment. Staff
 * shortages and waiting lists are not among them. Recording an exception never moves the
 * statutory date; the local authority must still act as soon as practicable.
 * <p>
 * The decisions whether to assess (SEND Regulations 2014 reg 5(4)) and whether to issue
 * (reg 10(4)), and the final plan (reg 13(3), which applies reg 10(4)), share four
 * exceptions, (a) to (d). Advice has its own three (reg 8(2)). Other steps have none.
 */
public enum ExceptionReason {

	/** (a) of reg 5(4) and 10(4). */
	SETTING_CLOSED("a", null,
			"The local authority asked the head teacher or principal of a school or post-16 institution for advice "
					+ "during the period from one week before it closed for at least four weeks in a row "
					+ "to one week before it reopened."),

	/** (b) of reg 5(4) and 10(4). */
	EARLY_YEARS_CLOSED("b", null,
			"The local authority asked an early years provider for advice during the period from one week before "
					+ "it closed for at least four weeks in a row to one week before it reopened."),

	/** (c) of reg 5(4) and 10(4); (a) of reg 8(2). */
	EXCEPTIONAL_CIRCUMSTANCES("c", "a",
			"Exceptional personal circumstances affected the child or their parent, or the young person."),

	/** (d) of reg 5(4) and 10(4); (b) of reg 8(2). */
	AWAY_FROM_AREA("d", "b",
			"The child or their parent, or the young person, was away from the local authority's area "
					+ "for at least four weeks in a row."),

	/** (c) of reg 8(2): advice only. */
	MISSED_APPOINTMENT(null, "c",
			"The child or their parent, or the young person, did not keep an appointment made by the person "
					+ "giving advice.");

	/**
	 * The letter among the decisions' exceptions, reg 5(4) and 10(4), or {@code null}.
	 */
	private final String decisionLetter;

	/** The letter among the advice exceptions, reg 8(2), or {@code null}. */
	private final String adviceLetter;

	private final String description;

	ExceptionReason(String decisionLetter, String adviceLetter, String description) {
		this.decisionLetter = decisionLetter;
		this.adviceLetter = adviceLetter;
		this.description = description;
	}

	/**
	 * Whether this is a lawful reason for missing the time limit of the step: for the
	 * decision whether to assess, SEND Regulations 2014 reg 5(4)(a)-(d); for the decision
	 * whether to issue, reg 10(4)(a)-(d); for the final plan, reg 13(3) (the same four);
	 * for advice, reg 8(2)(a)-(c). No other step has exceptions.
	 * @param step the step that is or may be late
	 * @return {@code true} when the regulations allow this reason for that step
	 */
	public boolean appliesTo(Step step) {
		Objects.requireNonNull(step, "step");
		return letterFor(step) != null;
	}

	/**
	 * The regulation that makes this reason lawful for the step, to cite in the record of
	 * the exception and on the timeline.
	 * @param step a step this reason {@link #appliesTo applies to}
	 * @return the citation, e.g. "SEND Regulations 2014 reg 5(4)(c)"; for the final plan
	 * both regulations, e.g. "SEND Regulations 2014 reg 13(3) and 10(4)(c)"
	 * @throws IllegalArgumentException when the reason does not apply to the step
	 */
	public String regulationFor(Step step) {
		Objects.requireNonNull(step, "step");
		String letter = letterFor(step);
		if (letter == null) {
			throw new IllegalArgumentException(name() + " is not a lawful exception for step " + step.id());
		}
		String paragraph = switch (step) {
			case DECIDE_WHETHER_TO_ASSESS -> "reg 5(4)";
			case DECIDE_WHETHER_TO_ISSUE -> "reg 10(4)";
			case FINAL_PLAN -> "reg 13(3) and 10(4)";
			case ADVICE -> "reg 8(2)";
			default -> throw new IllegalStateException("no exceptions for " + step);
		};
		return "SEND Regulations 2014 " + paragraph + "(" + letter + ")";
	}

	/**
	 * What the exception means, in plain English, for caseworkers and families.
	 * @return the description
	 */
	public String description() {
		return description;
	}

	/**
	 * The lawful reasons for missing the time limit of the step (see {@link #appliesTo}).
	 * @param step any step
	 * @return the reasons, in declaration order; empty for a step without exceptions
	 */
	public static Set<ExceptionReason> applicableTo(Step step) {
		Objects.requireNonNull(step, "step");
		Set<ExceptionReason> reasons = EnumSet.noneOf(ExceptionReason.class);
		for (ExceptionReason reason : values()) {
			if (reason.appliesTo(step)) {
				reasons.add(reason);
			}
		}
		return Collections.unmodifiableSet(reasons);
	}

	private String letterFor(Step step) {
		return switch (step) {
			case DECIDE_WHETHER_TO_ASSESS, DECIDE_WHETHER_TO_ISSUE, FINAL_PLAN -> decisionLetter;
			case ADVICE -> adviceLetter;
			default -> null;
		};
	}

}
