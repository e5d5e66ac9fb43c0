package com.maintflow.tasklist;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.db.CommandExecutor;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.webapp.impl.db.QuerySessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cockpit runs its plugin queries (the running-instance list of a process, its count, the statistics) through a
 * MyBatis session factory of its own, built by its runtime delegate from the engine's configuration — the engine's
 * plugins and interceptors do not reach it. Cockpit's bootstrap installs {@link DefaultCockpitRuntimeDelegate} when
 * the servlet context starts; once the application is ready this replaces it with one whose session factory also
 * carries {@link TaskQueryRewritePlugin}'s interceptor. Everything else is Cockpit's own: the same mapping files, the
 * same transaction handling ({@code CommandExecutorImpl} does exactly this), the same plugin registry.
 */
@Component
class CockpitQueryRewrite {

    private static final Logger log = LoggerFactory.getLogger(CockpitQueryRewrite.class);

    private final TaskQueryRewritePlugin rewrite;

    CockpitQueryRewrite(TaskQueryRewritePlugin rewrite) {
        this.rewrite = rewrite;
    }

    @EventListener(ApplicationReadyEvent.class)
    void replaceCockpitDelegate() {
        Cockpit.setCockpitRuntimeDelegate(new RewritingDelegate());
    }

    private final class RewritingDelegate extends DefaultCockpitRuntimeDelegate {

        @Override
        protected CommandExecutor createCommandExecutor(String processEngineName) {
            ProcessEngine engine = getProcessEngine(processEngineName);
            if (engine == null) {
                return super.createCommandExecutor(processEngineName);
            }
            var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            // RunningProcessInstanceQuerySql reads the instances' history rows: only sound when they are written.
            if (configuration.getHistoryLevel().getId() < HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId()) {
                return super.createCommandExecutor(processEngineName);
            }
            var factory = new QuerySessionFactory();
            factory.initFromProcessEngineConfiguration(configuration, getMappingFiles());
            if (rewrite.installOn(factory)) {
                log.info("Cockpit query SQL rewrite in place for engine {}", processEngineName);
            }
            return new CommandExecutor() {
                @Override
                public <T> T executeCommand(Command<T> command) {
                    return factory.getCommandExecutorTxRequired().execute(command);
                }
            };
        }
    }
}
