package org.ehcflow.timeliness;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * {@code /camunda/api/cockpit/plugin/timeliness/...}: the plugin's assets and, per
 * engine, its data.
 */
@Path("plugin/" + TimelinessCockpitPlugin.ID)
public class TimelinessPluginRootResource extends AbstractCockpitPluginRootResource {

	public TimelinessPluginRootResource() {
		super(TimelinessCockpitPlugin.ID);
	}

	@Path("{engineName}")
	public TimelinessPluginResource engine(@PathParam("engineName") String engineName) {
		return subResource(new TimelinessPluginResource(engineName), engineName);
	}

}
