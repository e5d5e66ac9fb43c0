package com.maintflow.customer;

import jakarta.persistence.*;

/** A person at the customer who may raise requests and receives MaintFlow's mails. */
@Entity
@Table(name = "mf_customer_contact")
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
