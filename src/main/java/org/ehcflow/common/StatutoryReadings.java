package org.ehcflow.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The readings of the SEND Regulations 2014 that a council's lawyer may take differently,
 * one setting each under {@code ehcflow.readings.*} (environment:
 * {@code EHCFLOW_READINGS_*}). The default of each is the reading EHC Flow takes unless
 * told otherwise; docs/statutory-rules.md says where each one is used and which test
 * proves it.
 *
 * @param reviewNotice how the "at least 2 weeks" before a review meeting is counted, for
 * the invitations (reg 20(3), 21(3)) and for circulating advice (reg 20(4), 21(4))
 * @param decisionDoneOn which date shows that a decision step was done in time: the day
 * its notice was sent to the family (the law's "notify"), or the date typed as the
 * decision's
 * @param earlyFinalPlan whether the final plan (reg 13) or a final amended plan (reg 22)
 * may be issued before the family's 15 days end
 * @param exceptionsForRefusalToAssess whether a time-limit exception of reg 5(4) may be
 * recorded for a decision <em>not</em> to assess (the default reads reg 5(4) as excusing
 * only a decision to assess)
 * @param checkExceptionConditions whether an exception's own conditions (4 continuous
 * weeks away; the closure window of reg 5(4)(a)-(b)) are checked when it is recorded
 * @param checkMeetingAgainstNotice whether the date a review meeting was held is checked
 * against the notice given (reg 20(3), 21(3))
 */
@ConfigurationProperties("ehcflow.readings")
public record StatutoryReadings(@DefaultValue("FOURTEEN_DAYS") ReviewNotice reviewNotice,
		@DefaultValue("NOTICE_SENT") DecisionDoneOn decisionDoneOn,
		@DefaultValue("WHEN_FAMILY_HAS_NOTHING_TO_ADD") EarlyFinalPlan earlyFinalPlan,
		@DefaultValue("false") boolean exceptionsForRefusalToAssess,
		@DefaultValue("true") boolean checkExceptionConditions,
		@DefaultValue("true") boolean checkMeetingAgainstNotice) {

	/** The readings EHC Flow takes when a council sets none. */
	public static StatutoryReadings defaults() {
		return new StatutoryReadings(ReviewNotice.FOURTEEN_DAYS, DecisionDoneOn.NOTICE_SENT,
				EarlyFinalPlan.WHEN_FAMILY_HAS_NOTHING_TO_ADD, false, true, true);
	}

	/**
	 * How "at least 2 weeks before the meeting" is counted (reg 20(3)-(4), 21(3)-(4)).
	 */
	public enum ReviewNotice {

		/** Sent on or before the meeting day less 14 days. */
		FOURTEEN_DAYS(14),

		/**
		 * 15 whole days between the day sent and the meeting day: sent by the meeting
		 * less 16 days.
		 */
		FIFTEEN_CLEAR_DAYS(16);

		private final int daysBeforeMeeting;

		ReviewNotice(int daysBeforeMeeting) {
			this.daysBeforeMeeting = daysBeforeMeeting;
		}

		/**
		 * @return how many days before the meeting day the notice must be sent at the
		 * latest
		 */
		public int daysBeforeMeeting() {
			return daysBeforeMeeting;
		}

	}

	/** Which date shows that a decision was made in time. */
	public enum DecisionDoneOn {

		/** The day the notice of the decision was sent: the law's duty is to notify. */
		NOTICE_SENT,

		/** The date recorded as the decision's. */
		DECISION_DATE

	}

	/**
	 * Whether a final (or final amended) plan may be issued before the family's 15 days
	 * end.
	 */
	public enum EarlyFinalPlan {

		/** Only when the family has said they have nothing more to add. */
		WHEN_FAMILY_HAS_NOTHING_TO_ADD,

		/** Never: the whole 15 days always run. */
		NEVER

	}

}
