package com.maintflow.acceptance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The one opinion of a ticket. */
interface CustomerOpinionRepository extends JpaRepository<CustomerOpinion, Long> {

    Optional<CustomerOpinion> findByTicket(String ticket);
}
