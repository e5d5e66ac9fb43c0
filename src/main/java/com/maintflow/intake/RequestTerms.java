package com.maintflow.intake;

import com.maintflow.customer.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The contract terms a request is judged by, copied from its contract when it was received: the service level and
 * calendar its SLA targets come from, and the periods that made it free or paid. Amending the contract later
 * changes new requests only; this copy keeps open ones as they were agreed.
 */
@Embeddable
public class RequestTerms {

    @Column(name = "terms_service_level")
    private String serviceLevel;

    @Column(name = "terms_service_calendar")
    private String serviceCalendar;

    @Column(name = "terms_warranty_start")
    private LocalDate warrantyStart;

    @Column(name = "terms_warranty_end")
    private LocalDate warrantyEnd;

    @Column(name = "terms_free_maintenance_end")
    private LocalDate freeMaintenanceEnd;

    protected RequestTerms() {
    }

    static RequestTerms of(Contract contract) {
        var terms = new RequestTerms();
        terms.serviceLevel = contract.getServiceLevel();
        terms.serviceCalendar = contract.getServiceCalendar();
        terms.warrantyStart = contract.getWarrantyStart();
        terms.warrantyEnd = contract.getWarrantyEnd();
        terms.freeMaintenanceEnd = contract.getFreeMaintenanceEnd();
        return terms;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public String getServiceCalendar() {
        return serviceCalendar;
    }

    public LocalDate getWarrantyStart() {
        return warrantyStart;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public LocalDate getFreeMaintenanceEnd() {
        return freeMaintenanceEnd;
    }
}
