package com.maintflow.customer;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** A person at the customer who may raise requests and receives MaintFlow's mails; the e-mail is unique per customer. */
@Entity
@Table(name = "mf_customer_contact")
@Audited
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private String name;

    private String email;

    private String phone;

    protected CustomerContact() {
    }

    CustomerContact(Customer customer, String name, String email, String phone) {
        this.customer = customer;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    /** Same address, perhaps in other letter case: the contact keeps its row and so its history. */
    void update(String newName, String newEmail, String newPhone) {
        this.name = newName;
        this.email = newEmail;
        this.phone = newPhone;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
