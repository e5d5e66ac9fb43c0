package com.maintflow.bench;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The yardstick for {@link MaintFlowFlow}: a BPMN with the same seven user tasks (same ids, candidate groups and form
 * fields), the same start variables and an asynchronous last step, but no delegates, listeners, DMN, timers or
 * records of MaintFlow's own. Deployed by the benchmark only, never with the application's processes.
 */
final class BaselineFlow extends Flow {

    static final String PROCESS_KEY = "BenchBaselineProcess";

    private final String name;
    private final RuntimeService runtime;
    private final List<UserStep> steps;

    /** {@code name}: "baseline" inside MaintFlow's engine, "bareEngine" on {@link BareEngine}. */
    BaselineFlow(String name, RuntimeService runtime, TaskService tasks, ManagementService management,
            List<UserStep> steps) {
        super(tasks, management);
        this.name = name;
        this.runtime = runtime;
        this.steps = steps;
    }

    /** The same model on another engine: the bare-engine yardstick. */
    static BaselineFlow on(ProcessEngine engine, List<UserStep> steps) {
        var flow = new BaselineFlow("bareEngine", engine.getRuntimeService(), engine.getTaskService(),
                engine.getManagementService(), steps);
        flow.deploy(engine.getRepositoryService());
        return flow;
    }

    void deploy(RepositoryService repository) {
        repository.createDeployment().name("benchmark-baseline").addModelInstance("bench-baseline.bpmn", model())
                .deploy();
    }

    @Override
    String name() {
        return name;
    }

    @Override
    String start(int index) {
        var command = MaintFlowFlow.command(index);
        return runtime.startProcessInstanceByKey(PROCESS_KEY, "BENCH-" + index, Map.of(
                "customerCode", command.customerCode(), "channel", command.channel(), "title", command.title())).getId();
    }

    @Override
    List<UserStep> userSteps() {
        return steps;
    }

    private static String candidateGroup(String user) {
        return switch (user) {
            case MaintFlowFlow.ENGINEER_USER -> "maintenance-engineers";
            case MaintFlowFlow.DOCUMENT_MANAGER_USER -> "document-managers";
            default -> "customer-service";
        };
    }

    private BpmnModelInstance model() {
        AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(PROCESS_KEY)
                .name("Benchmark baseline").camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Started");
        for (UserStep step : steps) {
            builder = builder.userTask(step.taskKey()).camundaCandidateGroups(candidateGroup(step.user()));
        }
        return builder.manualTask(ASYNC_STEP).camundaAsyncBefore().endEvent("EndEvent_Ended").done();
    }
}
