package com.maintflow.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Runs right after a benchmark timer fired, in the same job, and records how late that was. */
public class RecordFiringDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        long now = System.currentTimeMillis();
        int index = (Integer) execution.getVariable("index");
        TimerRun.current().fired(index, now);
    }
}
