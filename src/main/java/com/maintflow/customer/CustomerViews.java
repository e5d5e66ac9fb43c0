package com.maintflow.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;

/** What the API and the staff pages show of customers, contracts and the roster. */
public final class CustomerViews {

    private CustomerViews() {
    }

    public record CustomerView(String code, String name, boolean active, List<ContactView> contacts,
                               List<ContractView> contracts) {
    }

    public record CustomerSummary(String code, String name, boolean active, int contactCount,
                                  List<String> contractNumbers) {
    }

    public record ContactView(String name, String email, String phone) {
    }

    public record ContractView(String contractNumber, String customerCode, String customerName, String serviceLevel,
                               String serviceCalendar, LocalDate warrantyStart, LocalDate warrantyEnd,
                               LocalDate freeMaintenanceEnd, BigDecimal contractValue, BigDecimal penaltyRatePercent,
                               BigDecimal penaltyCapPercent, String residentEngineer, String siteAddress,
                               List<StaffView> responsibleEngineers, boolean active, String inspectionCycle,
                               String returnVisitCycle, Integer onSiteHours, Integer restoreHours,
                               Integer seniorEngineerHours) {
    }

    public record StaffView(String userId, String displayName, String phone, String title, String remarks,
                            boolean onCall) {

        public StaffView(String userId, String displayName, String phone, String title, String remarks) {
            this(userId, displayName, phone, title, remarks, false);
        }

        /** How a customer reads the person in a mail: name, phone, title. */
        String line() {
            var parts = new java.util.ArrayList<String>();
            parts.add(displayName == null ? userId : displayName);
            if (phone != null) {
                parts.add(phone);
            }
            if (title != null) {
                parts.add(title);
            }
            return String.join(" · ", parts);
        }
    }

    /** One page of a list: the rows and where they are in the whole. */
    public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        static <S, T> PageView<T> of(Page<S> page, java.util.function.Function<S, T> row) {
            return new PageView<>(page.getContent().stream().map(row).toList(), page.getNumber(), page.getSize(),
                    page.getTotalElements(), page.getTotalPages());
        }
    }
}
