package com.maintflow.customer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A contract as {@code POST /api/customers/{code}/contracts} and {@code PUT /api/contracts/{number}} take it. Field
 * formats are checked here (400); what a new contract needs, the order of the dates, the service level and the
 * calendar by {@link ContractDesk}. On PUT a field left out keeps its value, so {@code {"active": false}} alone
 * deactivates. {@code responsibleEngineers} are roster user ids. {@code inspectionCycle} and {@code returnVisitCycle}
 * are ISO-8601 periods ({@code P1M}, {@code P3M}); blank removes them.
 */
public record ContractInput(
        @Size(max = 60, message = "最多 60 个字符 / at most 60 characters")
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]*$",
                message = "字母、数字、- 或 _，以字母或数字开头 / letters, digits, - or _, starting with a letter or digit")
        String contractNumber,
        @Size(max = 40, message = "最多 40 个字符 / at most 40 characters") String serviceLevel,
        @Size(max = 40, message = "最多 40 个字符 / at most 40 characters") String serviceCalendar,
        LocalDate warrantyStart,
        LocalDate warrantyEnd,
        LocalDate freeMaintenanceEnd,
        @DecimalMin(value = "0", message = "不能为负 / must not be negative")
        @Digits(integer = 12, fraction = 2, message = "最多 12 位整数、2 位小数 / at most 12 digits and 2 decimals")
        BigDecimal contractValue,
        @DecimalMin(value = "0", message = "不能为负 / must not be negative")
        @DecimalMax(value = "100", message = "不能超过 100 / must not exceed 100")
        @Digits(integer = 3, fraction = 2, message = "最多 2 位小数 / at most 2 decimals")
        BigDecimal penaltyRatePercent,
        @DecimalMin(value = "0", message = "不能为负 / must not be negative")
        @DecimalMax(value = "100", message = "不能超过 100 / must not exceed 100")
        @Digits(integer = 3, fraction = 2, message = "最多 2 位小数 / at most 2 decimals")
        BigDecimal penaltyCapPercent,
        @Size(max = 100, message = "最多 100 个字符 / at most 100 characters") String residentEngineer,
        @Size(max = 500, message = "最多 500 个字符 / at most 500 characters") String siteAddress,
        @Size(max = 20, message = "最多 20 人 / at most 20 engineers") List<String> responsibleEngineers,
        Boolean active,
        @Size(max = 20, message = "最多 20 个字符 / at most 20 characters") String inspectionCycle,
        @Size(max = 20, message = "最多 20 个字符 / at most 20 characters") String returnVisitCycle,
        @Min(value = 1, message = "至少 1 小时 / at least 1 hour") @Max(value = 720, message = "最多 720 小时 / at most 720 hours")
        Integer onSiteHours,
        @Min(value = 1, message = "至少 1 小时 / at least 1 hour") @Max(value = 720, message = "最多 720 小时 / at most 720 hours")
        Integer restoreHours,
        @Min(value = 1, message = "至少 1 小时 / at least 1 hour") @Max(value = 720, message = "最多 720 小时 / at most 720 hours")
        Integer seniorEngineerHours) {

    /** An input that leaves the emergency targets as they are. */
    public ContractInput(String contractNumber, String serviceLevel, String serviceCalendar, LocalDate warrantyStart,
                         LocalDate warrantyEnd, LocalDate freeMaintenanceEnd, BigDecimal contractValue,
                         BigDecimal penaltyRatePercent, BigDecimal penaltyCapPercent, String residentEngineer,
                         String siteAddress, List<String> responsibleEngineers, Boolean active,
                         String inspectionCycle, String returnVisitCycle) {
        this(contractNumber, serviceLevel, serviceCalendar, warrantyStart, warrantyEnd, freeMaintenanceEnd,
                contractValue, penaltyRatePercent, penaltyCapPercent, residentEngineer, siteAddress,
                responsibleEngineers, active, inspectionCycle, returnVisitCycle, null, null, null);
    }

    /** The fields a new contract must have, as field problems. */
    List<CustomerProblem.FieldProblem> missingForNew() {
        var missing = new ArrayList<CustomerProblem.FieldProblem>();
        require(missing, "contractNumber", contractNumber == null || contractNumber.isBlank());
        require(missing, "serviceLevel", serviceLevel == null || serviceLevel.isBlank());
        require(missing, "serviceCalendar", serviceCalendar == null || serviceCalendar.isBlank());
        require(missing, "warrantyStart", warrantyStart == null);
        require(missing, "warrantyEnd", warrantyEnd == null);
        require(missing, "freeMaintenanceEnd", freeMaintenanceEnd == null);
        require(missing, "contractValue", contractValue == null);
        require(missing, "penaltyRatePercent", penaltyRatePercent == null);
        return missing;
    }

    private static void require(List<CustomerProblem.FieldProblem> into, String field, boolean missing) {
        if (missing) {
            into.add(new CustomerProblem.FieldProblem(field, "必填 / is required"));
        }
    }

    /** The terms of a new contract {@code number}; blanks become "not set". */
    Contract.Terms terms(String number) {
        return over(new Contract.Terms(number, null, null, null, null, null, null, null, null, null, null, Set.of(), null, null));
    }

    /** These fields over {@code current}: what the input leaves out (null) keeps its value; blanks clear text. */
    Contract.Terms over(Contract.Terms current) {
        return new Contract.Terms(current.contractNumber(), text(serviceLevel, current.serviceLevel()),
                text(serviceCalendar, current.serviceCalendar()), or(warrantyStart, current.warrantyStart()),
                or(warrantyEnd, current.warrantyEnd()), or(freeMaintenanceEnd, current.freeMaintenanceEnd()),
                or(contractValue, current.contractValue()), or(penaltyRatePercent, current.penaltyRatePercent()),
                or(penaltyCapPercent, current.penaltyCapPercent()),
                residentEngineer == null ? current.residentEngineer() : BlankText.toNull(residentEngineer),
                siteAddress == null ? current.siteAddress() : BlankText.toNull(siteAddress),
                responsibleEngineers == null ? current.engineers()
                        : Set.copyOf(responsibleEngineers.stream().map(String::strip).toList()),
                inspectionCycle == null ? current.inspectionCycle() : BlankText.toNull(inspectionCycle),
                returnVisitCycle == null ? current.returnVisitCycle() : BlankText.toNull(returnVisitCycle),
                or(onSiteHours, current.onSiteHours()), or(restoreHours, current.restoreHours()),
                or(seniorEngineerHours, current.seniorEngineerHours()));
    }

    private static String text(String given, String current) {
        return given == null ? current : given.strip();
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
