package com.maintflow.bench;

import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;

/**
 * MaintFlow's main path, immediate and free: intake (register, acknowledge), review (then the charging DMN),
 * implementation (then the acceptance request), acceptance answer, customer opinion, summary, closure (then the
 * closing notice), archive. The form fields are those of {@code forms/*.form}, as in the stage process tests
 * (MaintenanceProcessTestCase).
 */
final class MaintFlowFlow extends Flow {

    static final String CUSTOMER_SERVICE_USER = "cs1";
    static final String ENGINEER_USER = "eng1";
    static final String DOCUMENT_MANAGER_USER = "doc1";

    private final IntakeService intake;

    MaintFlowFlow(IntakeService intake, TaskService tasks, ManagementService management) {
        super(tasks, management);
        this.intake = intake;
    }

    @Override
    String name() {
        return "MaintFlow";
    }

    @Override
    String start(int index) {
        return intake.submit(command(index)).processInstanceId();
    }

    /** A request of the in-warranty demo customer, as the portal form sends it. */
    static IntakeCommand command(int index) {
        return new IntakeCommand("C-WARRANTY", "王工 / Engineer Wang", "it@warranty.example", "+86 10 1234 5678",
                "WEB", "ERP 财务模块 / ERP finance", "月结报表出错 / Month-end report fails #" + index,
                "月结时报表超时 / The month-end report times out.");
    }

    @Override
    List<UserStep> userSteps() {
        return List.of(
                new UserStep("Task_ReviewRequest", CUSTOMER_SERVICE_USER, Map.of("maintenanceType", "CORRECTIVE",
                        "serviceKind", "DEFECT", "severity", "MAJOR", "reviewOutcome", "IMMEDIATE",
                        "withinSpecScope", false, "customerCaused", false, "reviewNote", "评审意见 / Review note")),
                new UserStep("Task_ImplementMaintenance", ENGINEER_USER, Map.of("rootCause", "索引缺失 / Missing index",
                        "solution", "补建索引并重跑 / Index added, report re-run", "hoursSpent", 2.5)),
                new UserStep("Task_RecordAcceptanceAnswer", CUSTOMER_SERVICE_USER,
                        Map.of("accepted", true, "acceptanceNote", "正常 / OK")),
                new UserStep("Task_RecordCustomerOpinion", CUSTOMER_SERVICE_USER,
                        Map.of("satisfaction", 5L, "customerOpinion", "满意 / Satisfied")),
                new UserStep("Task_WriteMaintenanceSummary", CUSTOMER_SERVICE_USER,
                        Map.of("summary", "已修复月结报表 / Month-end report fixed")),
                new UserStep("Task_ConfirmClosure", CUSTOMER_SERVICE_USER, Map.of("confirmed", true)),
                new UserStep("Task_ConfirmArchiving", DOCUMENT_MANAGER_USER, Map.of("archivingChecked", true)));
    }
}
