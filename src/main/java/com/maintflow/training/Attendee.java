package com.maintflow.training;

import jakarta.persistence.*;
import java.time.Instant;

/** One person the customer sends to a training: an administrator or an operator, numbered within the training. */
@Entity
@Table(name = "mf_training_attendee")
public class Attendee {

    public enum Role { ADMINISTRATOR, OPERATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    private int seq;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String name;
    private String email;
    private String phone;
    private Instant notifiedAt;
    private Instant registeredAt;

    protected Attendee() {
    }

    Attendee(Training training, int seq, Role role, String name, String email, String phone) {
        this.training = training;
        this.seq = seq;
        this.role = role;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    void notified(Instant at) {
        this.notifiedAt = at;
    }

    void register(Instant at) {
        if (registeredAt == null) {
            this.registeredAt = at;
        }
    }

    public int getSeq() { return seq; }
    public Role getRole() { return role; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public Instant getNotifiedAt() { return notifiedAt; }
    public Instant getRegisteredAt() { return registeredAt; }
}
