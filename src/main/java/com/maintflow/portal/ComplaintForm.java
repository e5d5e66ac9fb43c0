package com.maintflow.portal;

import com.maintflow.complaint.ComplaintCommand;

/** The portal's complaint form as typed, kept as-is to be shown back with its errors; field names = ComplaintCommand's. */
public class ComplaintForm {

    private String customerCode;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String subject;
    private String description;
    private String ticket;

    /** The command the API would receive: channel WEB, empty phone and ticket meaning none. */
    ComplaintCommand toCommand() {
        return new ComplaintCommand(customerCode, contactName, contactEmail, blankAsNull(contactPhone), "WEB", subject,
                description, blankAsNull(ticket));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }
}
