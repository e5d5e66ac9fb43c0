package com.maintflow.intake;

import com.maintflow.customer.RequestReferences;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the customer capability which requests of the register refer to a customer or contract. */
@Component
@Transactional(readOnly = true)
class RequestReferencesAdapter implements RequestReferences {

    private final MaintenanceRequestRepository requests;

    RequestReferencesAdapter(MaintenanceRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public boolean anyForCustomer(Long customerId) {
        return requests.existsByCustomerId(customerId);
    }

    @Override
    public boolean anyForContract(Long contractId) {
        return requests.existsByContractId(contractId);
    }

    @Override
    public List<OpenRequest> openForContract(Long contractId) {
        return requests.findByContractIdAndStatusNotOrderByReceivedAt(contractId, RequestStatus.ARCHIVED).stream()
                .map(r -> new OpenRequest(r.getTicket(), r.getTitle(), r.getStatus().name(), r.getReceivedAt()))
                .toList();
    }
}
