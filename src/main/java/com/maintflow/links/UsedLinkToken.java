package com.maintflow.links;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A link token id that has answered its question; the primary key makes a second use fail. */
@Entity
@Table(name = "mf_used_link_token")
class UsedLinkToken implements Persistable<String> {

    @Id
    private String tokenId;
    private String ticket;
    private String action;
    private String choice;
    private Instant usedAt;

    protected UsedLinkToken() {
    }

    UsedLinkToken(LinkToken token, LinkAction.Choice choice, Instant usedAt) {
        this.tokenId = token.id();
        this.ticket = token.ticket();
        this.action = token.action().name();
        this.choice = choice.name();
        this.usedAt = usedAt;
    }

    @Override
    public String getId() {
        return tokenId;
    }

    /** Always new: saving must INSERT (and hit the key) rather than merge into an existing row. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }

    public String getTicket() {
        return ticket;
    }

    public String getChoice() {
        return choice;
    }
}
