package org.ehcflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableProcessApplication("ehc-flow")
@ConfigurationPropertiesScan
@EnableScheduling
public class EhcFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(EhcFlowApplication.class, args);
	}

}
