package com.maintflow.customer;

import java.time.Instant;
import java.util.List;

/**
 * Which maintenance requests refer to a customer or a contract. Implemented by the request register, which depends on
 * this package; a referred-to customer or contract is deactivated, never deleted.
 */
public interface RequestReferences {

    boolean anyForCustomer(Long customerId);

    boolean anyForContract(Long contractId);

    /** Requests under the contract that are not archived yet, oldest first. */
    List<OpenRequest> openForContract(Long contractId);

    /** One open request as the contract page lists it. */
    record OpenRequest(String ticket, String title, String status, Instant receivedAt) {
    }
}
