package org.ehcflow.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case is kept, under {@code ehcflow.retention.*} (environment:
 * {@code EHCFLOW_RETENTION_*}). See docs/retention-and-audit.md for the rule behind the
 * default.
 *
 * @param historyTimeToLiveDays days from the end of a process instance until the engine's
 * history cleanup removes it, set on every deployed process and decision definition at
 * start-up. The default, 11323 days (31 years), keeps any child's record at least until
 * they are 31: the IRMS Information Management Toolkit for Schools keeps SEN and EHC plan
 * files until the date of birth plus 31 years (25, the last age an EHC plan can run to,
 * plus 6 years' limitation).
 * @param cron when our own tables drop the rows of cases whose history the engine has
 * removed: by default every day at 05:30, after the engine's cleanup window (01:00 to
 * 05:00)
 */
@ConfigurationProperties("ehcflow.retention")
record RetentionProperties(@DefaultValue("11323") int historyTimeToLiveDays,
		@DefaultValue("0 30 5 * * *") String cron) {

	RetentionProperties {
		if (historyTimeToLiveDays < 1) {
			throw new IllegalArgumentException(
					"ehcflow.retention.history-time-to-live-days must be at least 1 day, is " + historyTimeToLiveDays);
		}
	}

}
