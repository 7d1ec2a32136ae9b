package org.ehcflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each package under org.ehcflow is a module: the others use only what it offers (its
 * top-level public classes, or what package-info.java names), and no two modules depend
 * on each other in a cycle. A plain test: the classes are read, no application is
 * started.
 */
class ModuleBoundariesTests {

	@Test
	void modulesKeepTheirBoundaries() {
		ApplicationModules.of(EhcFlowApplication.class).verify();
	}

}
