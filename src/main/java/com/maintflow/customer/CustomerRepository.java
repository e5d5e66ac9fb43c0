package com.maintflow.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Customers by their unique code; a contract by its unique number. */
interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);

    @Query("select contract from Customer customer join customer.contracts contract"
            + " where contract.contractNumber = ?1")
    Optional<Contract> findContractByNumber(String contractNumber);
}
