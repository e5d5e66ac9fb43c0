package com.maintflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An inspection as the staff API and the archive show it: checklist, findings and the tickets raised. */
public record InspectionView(String key, String contractNumber, String customerCode, String cycle, String period,
                             LocalDate periodStart, Instant dueAt, String status, Instant openedAt,
                             Instant inspectedAt, String inspectedBy, Instant reportedAt, String processInstanceId,
                             List<CheckView> checklist, List<FindingView> findings, List<String> ticketsRaised) {

    public record CheckView(String item, String label, String result, String note) {
    }

    public record FindingView(String text, boolean raiseRequest, String ticket) {
    }

    static InspectionView of(Inspection i) {
        return new InspectionView(i.getKey(), i.getContractNumber(), i.getCustomerCode(), i.getCycle(),
                i.getPeriodKey(), i.getPeriodStart(), i.getDueAt(), i.getStatus().name(), i.getOpenedAt(),
                i.getInspectedAt(), i.getInspectedBy(), i.getReportedAt(), i.getProcessInstanceId(),
                i.getChecks().stream().map(c -> new CheckView(c.getItem(), Inspections.LABELS.get(c.getItem()),
                        c.getResult(), c.getNote())).toList(),
                i.getFindings().stream().map(f -> new FindingView(f.getText(), f.isRaiseRequest(), f.getTicket()))
                        .toList(),
                i.getFindings().stream().map(Inspection.Finding::getTicket).filter(t -> t != null).toList());
    }
}
