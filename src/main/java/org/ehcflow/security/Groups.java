package org.ehcflow.security;

/**
 * The Camunda groups EHC Flow's roles map to. Candidate groups in the BPMN use these ids.
 */
public final class Groups {

	public static final String CASEWORKERS = "send-caseworkers";

	public static final String PANEL = "send-panel";

	public static final String MANAGERS = "send-managers";

	/** Camunda's own administrators group. */
	public static final String ADMINS = "camunda-admin";

	private Groups() {
	}

}
