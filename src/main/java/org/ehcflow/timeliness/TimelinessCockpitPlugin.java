package org.ehcflow.timeliness;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The "Timeliness" plugin of Cockpit's dashboard. Cockpit finds it through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, loads its
 * front end ({@code plugin-webapp/timeliness/app/plugin.js} and {@code plugin.css},
 * served at {@code /camunda/api/cockpit/plugin/timeliness/static/app/}) into every
 * Cockpit page, and serves its data at
 * {@code /camunda/api/cockpit/plugin/timeliness/default/summary} and {@code .../cases}
 * behind Cockpit's own session and login, so the dashboard needs no second password.
 */
public class TimelinessCockpitPlugin extends AbstractCockpitPlugin {

	public static final String ID = "timeliness";

	@Override
	public String getId() {
		return ID;
	}

	@Override
	public Set<Class<?>> getResourceClasses() {
		return Set.of(TimelinessPluginRootResource.class);
	}

}
