package com.maintflow.customer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer capability's public face: look customers up and tell which contract covers a day. */
@Service
@Transactional(readOnly = true)
public class Customers {

    private final CustomerRepository customers;

    Customers(CustomerRepository customers) {
        this.customers = customers;
    }

    public Optional<Customer> byCode(String code) {
        return customers.findByCode(code);
    }

    /** The contract in force on {@code day}: the latest one that had started by then. */
    public Optional<Contract> contractOn(Customer customer, LocalDate day) {
        return customer.getContracts().stream()
                .filter(contract -> contract.isInForceOn(day))
                .max(Comparator.comparing(Contract::getWarrantyStart));
    }

    public Optional<Contract> contractByNumber(String contractNumber) {
        return customers.findContractByNumber(contractNumber);
    }

    @Transactional
    public Customer save(Customer customer) {
        return customers.save(customer);
    }
}
