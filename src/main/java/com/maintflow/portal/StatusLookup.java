package com.maintflow.portal;

/** The status page's question: a ticket and the contact e-mail given when it was opened. */
public class StatusLookup {

    private String ticket;
    private String contactEmail;

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
