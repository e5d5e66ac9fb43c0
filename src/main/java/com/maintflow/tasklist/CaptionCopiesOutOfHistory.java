package com.maintflow.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the task-local caption copies of {@link TaskCaptionListener} (ticket, customer, title, severity, request
 * summary on every ticket task) out of Camunda's history. They copy the register so Tasklist can show them to a reader
 * of the task; their history said nothing the register and the timeline do not, and cost 136 history rows a request
 * (rows in {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL} for five copies on each ticket task; measured in
 * docs/benchmarks.md "What the full flow sends, counted"). The copies themselves, in
 * {@code ACT_RU_VARIABLE}, are untouched, and so is every other variable's history.
 * <p>
 * How: Camunda writes history through one handler, by default its {@link DbHistoryEventHandler} (with any custom
 * handlers beside it). That default is switched off and the same handler is installed behind a filter, through
 * Camunda's documented {@code enableDefaultDbHistoryEventHandler} and {@code customHistoryEventHandlers}.
 */
@Component
class CaptionCopiesOutOfHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new WithoutCaptionCopies(new DbHistoryEventHandler()));
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Camunda's database handler, given every history event but those of a caption copy. */
    static final class WithoutCaptionCopies implements HistoryEventHandler {

        private final HistoryEventHandler database;

        WithoutCaptionCopies(HistoryEventHandler database) {
            this.database = database;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isCaptionCopy(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            for (HistoryEvent event : events) {
                handleEvent(event);
            }
        }

        /** A task-local variable of one of the caption names; a process variable of the same name is kept. */
        static boolean isCaptionCopy(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
                    && TaskCaptionListener.COPIES.contains(variable.getVariableName());
        }
    }
}
