package com.maintflow.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Customers by their unique code or a contact's e-mail address; a contract by its unique number. */
interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByCode(String code);

    /** Customers having a contact with this e-mail address, compared case-insensitively. */
    @Query("select distinct c from Customer c join c.contacts k where lower(k.email) = lower(:email) order by c.id")
    List<Customer> findByContactEmail(String email);

    @Query("select contract from Customer customer join customer.contracts contract"
            + " where contract.contractNumber = ?1")
    Optional<Contract> findContractByNumber(String contractNumber);
}
