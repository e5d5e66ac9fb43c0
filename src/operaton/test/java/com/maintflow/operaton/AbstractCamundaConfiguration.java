package com.maintflow.operaton;

import org.operaton.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;

/**
 * Operaton build only (docs/operaton.md): the one name the package relocation cannot carry over. Process test
 * coverage's Spring configuration extends Camunda's {@code AbstractCamundaConfiguration} through its no-argument
 * constructor and only overrides {@code preInit}; Operaton renamed the class ({@code AbstractOperatonConfiguration})
 * and gave it a properties constructor, so config/operaton/renames.properties points the relocated library at this
 * bridge, a Spring Boot process engine plugin like the original.
 */
public abstract class AbstractCamundaConfiguration extends SpringBootProcessEnginePlugin {
}
