package com.maintflow.customer;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * A customer of the vendor, known by its code (e.g. {@code C-WARRANTY}). Never deleted once a request refers to it;
 * deactivated instead, which stops intake for it. Every change is kept by Envers ({@code mf_customer_aud}).
 */
@Entity
@Table(name = "mf_customer")
@Audited
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private boolean active = true;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomerContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
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

    void removeContract(Contract contract) {
        contracts.remove(contract);
    }

    void rename(String newName) {
        this.name = newName;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /**
     * Makes the contact list the given one, matched by e-mail address (case-insensitively): a known address keeps
     * its row and so its history, a new one is added, a missing one removed.
     */
    void replaceContacts(List<ContactDetails> wanted) {
        contacts.removeIf(existing -> wanted.stream().noneMatch(w -> w.email().equalsIgnoreCase(existing.getEmail())));
        for (ContactDetails details : wanted) {
            contact(details.email()).ifPresentOrElse(
                    existing -> existing.update(details.name(), details.email(), details.phone()),
                    () -> addContact(details.name(), details.email(), details.phone()));
        }
    }

    Optional<CustomerContact> contact(String email) {
        return contacts.stream().filter(c -> c.getEmail().equalsIgnoreCase(email)).findFirst();
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

    public boolean isActive() {
        return active;
    }

    public List<CustomerContact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<Contract> getContracts() {
        return List.copyOf(contracts);
    }

    /** A contact as the API and the import hand it over. */
    public record ContactDetails(String name, String email, String phone) {
    }
}
