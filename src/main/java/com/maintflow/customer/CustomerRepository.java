package com.maintflow.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /**
     * Customers whose code or name contains {@code fragment} (already lower-cased, with {@code \ % _} escaped);
     * lower() on both sides since MySQL's utf8mb4_bin compares case-sensitively. Chinese has no case and matches as is.
     */
    @Query("select c from Customer c where lower(c.code) like concat('%', :fragment, '%') escape '\\'"
            + " or lower(c.name) like concat('%', :fragment, '%') escape '\\'")
    Page<Customer> search(String fragment, Pageable page);
}
