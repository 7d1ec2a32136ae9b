package org.ehcflow.advice;

/**
 * The kinds of advice an EHC needs assessment seeks (SEND Regulations 2014 reg 6); the
 * DMN decision {@code requiredAdvice} returns these codes.
 */
public enum AdviceService {

	PARENT("the parent or young person", "reg 6(1)(a)"),
	EDUCATIONAL("the school or setting (educational advice)", "reg 6(1)(b)"),
	MEDICAL("health (medical advice)", "reg 6(1)(c)"), PSYCHOLOGICAL("educational psychology", "reg 6(1)(d)"),
	SOCIAL_CARE("social care", "reg 6(1)(e)"), PREPARING_FOR_ADULTHOOD("preparing for adulthood", "reg 6(1)(g)"),
	SENSORY("a qualified teacher of the visually or hearing impaired", "reg 6(2)"),
	OTHER("another adviser", "reg 6(1)(f), (h)");

	private final String displayName;

	private final String regulation;

	AdviceService(String displayName, String regulation) {
		this.displayName = displayName;
		this.regulation = regulation;
	}

	/** Plain English, to follow "advice from". */
	public String displayName() {
		return displayName;
	}

	/** The paragraph of SEND Regulations 2014 that requires this advice. */
	public String regulation() {
		return "SEND Regulations 2014 " + regulation;
	}

}
