package com.maintflow.portal;

import com.maintflow.intake.IntakeCommand;

/**
 * The portal's intake form as typed, kept as-is so it can be shown back with its errors; field names = IntakeCommand's.
 * The customer code may be left empty: the contact e-mail then identifies the customer (PortalController).
 */
public class IntakeForm {

    private String customerCode;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String system;
    private String title;
    private String description;

    boolean hasCustomerCode() {
        return customerCode != null && !customerCode.isBlank();
    }

    /** The command the API would receive: channel WEB, an empty phone meaning none. */
    IntakeCommand toCommand() {
        String phone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone;
        return new IntakeCommand(customerCode, contactName, contactEmail, phone, "WEB", system, title, description);
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

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
