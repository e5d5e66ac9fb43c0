package com.maintflow.customer;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A customer of the vendor, known by its code (e.g. {@code C-WARRANTY}). */
@Entity
@Table(name = "mf_customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CustomerContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Contract> contracts = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public CustomerContact addContact(String contactName, String email, String phone) {
        var contact = new CustomerContact(this, contactName, email, phone);
        contacts.add(contact);
        return contact;
    }

    public Contract addContract(Contract.Terms terms) {
        var contract = new Contract(this, terms);
        contracts.add(contract);
        return contract;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<CustomerContact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<Contract> getContracts() {
        return List.copyOf(contracts);
    }
}
