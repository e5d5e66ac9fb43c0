package com.maintflow.receipt;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The one receipt of a ticket, if it ended without maintenance. */
public interface CustomerReceiptRepository extends JpaRepository<CustomerReceipt, Long> {

    Optional<CustomerReceipt> findByTicket(String ticket);
}
