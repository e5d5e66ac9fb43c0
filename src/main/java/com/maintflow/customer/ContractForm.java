package com.maintflow.customer;

import com.maintflow.customer.CustomerViews.ContractView;
import com.maintflow.customer.CustomerViews.StaffView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.validation.Errors;

/**
 * The contract form of the staff pages (new and amend) as typed. Dates and amounts stay text until
 * {@link #toInput} so a mistyped value is shown back as typed, with its error, instead of being lost in a
 * conversion; field names are {@link ContractInput}'s, so the desk's problems land on the same fields.
 */
public class ContractForm {

    /** The fields the form shows, to tell a problem next to its field from one for the top of the form. */
    private static final Set<String> FIELDS = Set.of("contractNumber", "serviceLevel", "serviceCalendar",
            "warrantyStart", "warrantyEnd", "freeMaintenanceEnd", "contractValue", "penaltyRatePercent",
            "penaltyCapPercent", "residentEngineer", "siteAddress", "responsibleEngineers", "active", "inspectionCycle",
            "returnVisitCycle", "onSiteHours", "restoreHours", "seniorEngineerHours");

    private String contractNumber;
    private String serviceLevel;
    private String serviceCalendar;
    private String warrantyStart;
    private String warrantyEnd;
    private String freeMaintenanceEnd;
    private String contractValue;
    private String penaltyRatePercent;
    private String penaltyCapPercent;
    private String residentEngineer;
    private String siteAddress;
    private String inspectionCycle;
    private String returnVisitCycle;
    private String onSiteHours;
    private String restoreHours;
    private String seniorEngineerHours;
    // Never null: no box ticked means "no engineers", whereas a null list would keep the old ones on amend.
    private List<String> responsibleEngineers = new ArrayList<>();
    private boolean active = true;

    /** The contract as it is now, to amend. */
    static ContractForm of(ContractView contract) {
        var form = new ContractForm();
        form.contractNumber = contract.contractNumber();
        form.serviceLevel = contract.serviceLevel();
        form.serviceCalendar = contract.serviceCalendar();
        form.warrantyStart = text(contract.warrantyStart());
        form.warrantyEnd = text(contract.warrantyEnd());
        form.freeMaintenanceEnd = text(contract.freeMaintenanceEnd());
        form.contractValue = amount(contract.contractValue());
        form.penaltyRatePercent = amount(contract.penaltyRatePercent());
        form.penaltyCapPercent = amount(contract.penaltyCapPercent());
        form.residentEngineer = contract.residentEngineer();
        form.siteAddress = contract.siteAddress();
        form.inspectionCycle = contract.inspectionCycle();
        form.returnVisitCycle = contract.returnVisitCycle();
        form.onSiteHours = text(contract.onSiteHours());
        form.restoreHours = text(contract.restoreHours());
        form.seniorEngineerHours = text(contract.seniorEngineerHours());
        form.responsibleEngineers = new ArrayList<>(contract.responsibleEngineers().stream()
                .map(StaffView::userId).toList());
        form.active = contract.active();
        return form;
    }

    /**
     * The input for {@link ContractDesk}, after rejecting each date or amount that does not parse (it is null in the
     * input then) and each missing field. The page always sends every field, so what a new contract must have is
     * required on amend too: an emptied date would otherwise silently keep its old value.
     */
    ContractInput toInput(String number, Errors errors) {
        var input = new ContractInput(number, serviceLevel, serviceCalendar,
                parse("warrantyStart", warrantyStart, LocalDate::parse, errors),
                parse("warrantyEnd", warrantyEnd, LocalDate::parse, errors),
                parse("freeMaintenanceEnd", freeMaintenanceEnd, LocalDate::parse, errors),
                parse("contractValue", contractValue, BigDecimal::new, errors),
                parse("penaltyRatePercent", penaltyRatePercent, BigDecimal::new, errors),
                parse("penaltyCapPercent", penaltyCapPercent, BigDecimal::new, errors),
                residentEngineer == null ? "" : residentEngineer, siteAddress == null ? "" : siteAddress,
                List.copyOf(responsibleEngineers == null ? List.of() : responsibleEngineers), active,
                inspectionCycle == null ? "" : inspectionCycle, returnVisitCycle == null ? "" : returnVisitCycle,
                parse("onSiteHours", onSiteHours, Integer::valueOf, errors),
                parse("restoreHours", restoreHours, Integer::valueOf, errors),
                parse("seniorEngineerHours", seniorEngineerHours, Integer::valueOf, errors));
        input.missingForNew().stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), "required", p.message()));
        return input;
    }

    /** The form field a problem belongs to, or null when it belongs at the top of the form. */
    static String formField(String problemField) {
        return FIELDS.contains(problemField) ? problemField : null;
    }

    private static <T> T parse(String field, String text, Function<String, T> parser, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "typeMismatch", "不是日期（年-月-日）/ is not a date (yyyy-mm-dd)");
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "typeMismatch", "不是数字 / is not a number");
        }
        return null;
    }

    private static String text(Integer hours) {
        return hours == null ? null : hours.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(String serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public String getServiceCalendar() {
        return serviceCalendar;
    }

    public void setServiceCalendar(String serviceCalendar) {
        this.serviceCalendar = serviceCalendar;
    }

    public String getWarrantyStart() {
        return warrantyStart;
    }

    public void setWarrantyStart(String warrantyStart) {
        this.warrantyStart = warrantyStart;
    }

    public String getWarrantyEnd() {
        return warrantyEnd;
    }

    public void setWarrantyEnd(String warrantyEnd) {
        this.warrantyEnd = warrantyEnd;
    }

    public String getFreeMaintenanceEnd() {
        return freeMaintenanceEnd;
    }

    public void setFreeMaintenanceEnd(String freeMaintenanceEnd) {
        this.freeMaintenanceEnd = freeMaintenanceEnd;
    }

    public String getContractValue() {
        return contractValue;
    }

    public void setContractValue(String contractValue) {
        this.contractValue = contractValue;
    }

    public String getPenaltyRatePercent() {
        return penaltyRatePercent;
    }

    public void setPenaltyRatePercent(String penaltyRatePercent) {
        this.penaltyRatePercent = penaltyRatePercent;
    }

    public String getPenaltyCapPercent() {
        return penaltyCapPercent;
    }

    public void setPenaltyCapPercent(String penaltyCapPercent) {
        this.penaltyCapPercent = penaltyCapPercent;
    }

    public String getResidentEngineer() {
        return residentEngineer;
    }

    public void setResidentEngineer(String residentEngineer) {
        this.residentEngineer = residentEngineer;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(String siteAddress) {
        this.siteAddress = siteAddress;
    }

    public String getInspectionCycle() {
        return inspectionCycle;
    }

    public void setInspectionCycle(String inspectionCycle) {
        this.inspectionCycle = inspectionCycle;
    }

    public String getOnSiteHours() {
        return onSiteHours;
    }

    public void setOnSiteHours(String onSiteHours) {
        this.onSiteHours = onSiteHours;
    }

    public String getRestoreHours() {
        return restoreHours;
    }

    public void setRestoreHours(String restoreHours) {
        this.restoreHours = restoreHours;
    }

    public String getSeniorEngineerHours() {
        return seniorEngineerHours;
    }

    public void setSeniorEngineerHours(String seniorEngineerHours) {
        this.seniorEngineerHours = seniorEngineerHours;
    }

    public String getReturnVisitCycle() {
        return returnVisitCycle;
    }

    public void setReturnVisitCycle(String returnVisitCycle) {
        this.returnVisitCycle = returnVisitCycle;
    }

    public List<String> getResponsibleEngineers() {
        return responsibleEngineers;
    }

    public void setResponsibleEngineers(List<String> responsibleEngineers) {
        this.responsibleEngineers = responsibleEngineers;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
