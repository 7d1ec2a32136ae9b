package org.ehcflow.common;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings a council may change, under {@code ehcflow.*} (environment:
 * {@code EHCFLOW_*}).
 *
 * @param timeZone the council's time zone: deadlines are whole days there
 * @param reminderDaysBefore how many days before each local authority deadline a reminder
 * goes out
 * @param publicBaseUrl the address people reach this application on, for links in emails
 * @param mailFrom the sender address of every email
 * @param caseReferencePrefix the prefix of generated case references (EHC-2026-00042)
 */
@ConfigurationProperties("ehcflow")
public record EhcFlowProperties(@DefaultValue("Europe/London") ZoneId timeZone,
		@DefaultValue("7") int reminderDaysBefore, @DefaultValue("http://localhost:8080") URI publicBaseUrl,
		@DefaultValue("send-team@ehcflow.invalid") String mailFrom, @DefaultValue("EHC") String caseReferencePrefix) {
}
