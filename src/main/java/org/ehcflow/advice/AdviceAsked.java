package org.ehcflow.advice;

/**
 * What each kind of advice covers, in the words of SEND Regulations 2014 reg 6 and the
 * SEND Code of Practice 9.46–9.51, for the emails that ask for it.
 */
final class AdviceAsked {

	private AdviceAsked() {
	}

	static String describe(AdviceService service) {
		return switch (service) {
			case PARENT -> "your advice and information as the child's parent or as the young person: what "
					+ "they are good at, what they find hard, what helps, and your hopes for the future";
			case EDUCATIONAL -> "educational advice from the head teacher, principal or SENCO: the child's "
					+ "progress and attainment, their special educational needs and the support the setting gives";
			case MEDICAL -> "medical advice from a health care professional identified by the integrated care "
					+ "board: the child's health needs and the health provision they call for";
			case PSYCHOLOGICAL -> "psychological advice from an educational psychologist: the child's learning "
					+ "and development, their special educational needs and the provision they call for";
			case SOCIAL_CARE -> "advice on the child's social care needs and the social care provision they call for";
			case PREPARING_FOR_ADULTHOOD -> "advice on preparing for adulthood and independent living: "
					+ "further education, employment, housing, community participation and health";
			case SENSORY -> "advice from a qualified teacher of children with a vision or hearing impairment, "
					+ "which the educational advice must take into account";
			case OTHER ->
				"the advice the local authority, the child's parent or the young person asked for " + "from you";
		};
	}

}
