package com.maintflow.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers by their unique code. */
interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);
}
