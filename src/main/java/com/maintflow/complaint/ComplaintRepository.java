package com.maintflow.complaint;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The complaint register by number; {@code exists…After} asks whether a customer complained since an instant. */
interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByComplaintNumber(String complaintNumber);

    boolean existsByCustomerIdAndReceivedAtAfter(Long customerId, Instant since);
}
