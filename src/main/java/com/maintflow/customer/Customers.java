package com.maintflow.customer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer capability's public face for readers: look customers up and tell which contract covers a day. */
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

    /**
     * The active customer and contact an e-mail address belongs to (the first customer if several share it); a
     * deactivated customer's contact is not recognised, so mail intake hands the mail to triage.
     */
    public Optional<KnownContact> byContactEmail(String email) {
        return customers.findByContactEmail(email.strip()).stream().filter(Customer::isActive).findFirst()
                .flatMap(customer ->
                customer.contact(email.strip()).map(contact -> new KnownContact(customer.getCode(), contact.getName(),
                        contact.getEmail(), contact.getPhone())));
    }

    /**
     * The active customers having a contact with this e-mail address (any case), in the order they were created: the
     * portal identifies a customer by it and asks which one when there are several.
     */
    public List<CustomerChoice> activeByContactEmail(String email) {
        return customers.findByContactEmail(email.strip()).stream().filter(Customer::isActive)
                .map(customer -> new CustomerChoice(customer.getCode(), customer.getName())).toList();
    }

    /** A customer to pick: code and name. */
    public record CustomerChoice(String code, String name) {
    }

    /** A customer contact as intake needs it: customer code and the contact's details. */
    public record KnownContact(String customerCode, String name, String email, String phone) {
    }

    /** The active contract in force on {@code day}: the latest one that had started by then. */
    public Optional<Contract> contractOn(Customer customer, LocalDate day) {
        return customer.getContracts().stream()
                .filter(contract -> contract.isInForceOn(day))
                .max(Comparator.comparing(Contract::getWarrantyStart));
    }

    /** Every contract number, sorted, for pickers such as the SLA page. */
    public List<String> contractNumbers() {
        return customers.findAll().stream().flatMap(customer -> customer.getContracts().stream())
                .map(Contract::getContractNumber).sorted().toList();
    }

    public Optional<Contract> contractByNumber(String contractNumber) {
        return customers.findContractByNumber(contractNumber);
    }

    /** Demo data and start-up only; staff change customers through {@link CustomerDesk}. */
    @Transactional
    public Customer save(Customer customer) {
        return customers.save(customer);
    }
}
