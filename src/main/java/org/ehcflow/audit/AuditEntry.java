package org.ehcflow.audit;

import java.time.Instant;

/**
 * One line of a case's audit trail.
 *
 * @param at when it happened
 * @param user who did it: a user id, or null when the application did it on its own (a
 * timer, a calculation) or an advice giver did it through their portal link
 * @param event what kind of thing happened, e.g. {@code TASK_COMPLETED}, {@code DATE_SET}
 * @param description what happened, in words; it names no child
 * @param source where it is recorded: {@code engine} (Camunda's history and user
 * operation log), {@code portal} (portal_event), {@code ehcflow} (our own tables)
 */
record AuditEntry(Instant at, String user, String event, String description, String source) {
}
