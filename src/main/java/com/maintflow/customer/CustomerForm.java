package com.maintflow.customer;

import com.maintflow.customer.CustomerViews.CustomerView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The customer form of the staff pages as typed, so it can be shown back with its errors. Field names are
 * {@link CustomerInput}'s, so the same problems ({@code name}, {@code contacts[1].email}) land on the same fields.
 * It offers a few empty contact rows; fully empty rows are not contacts, which is why input indexes and row indexes
 * can differ (see {@link Converted#formField}).
 */
public class CustomerForm {

    static final int EMPTY_CONTACT_ROWS = 3;
    private static final Pattern CONTACT_FIELD = Pattern.compile("^contacts\\[(\\d+)]\\.(name|email|phone)$");

    private String code;
    private String name;
    private boolean active = true;
    private List<ContactRow> contacts = new ArrayList<>();

    /** A new customer: no contacts yet, a few empty rows. */
    static CustomerForm blank() {
        return new CustomerForm().withEmptyRows();
    }

    /** The customer as it is now, to edit. */
    static CustomerForm of(CustomerView customer) {
        var form = new CustomerForm();
        form.code = customer.code();
        form.name = customer.name();
        form.active = customer.active();
        customer.contacts().forEach(c -> form.contacts.add(new ContactRow(c.name(), c.email(), c.phone())));
        return form.withEmptyRows();
    }

    /** Pads the rows so there are always a few empty ones to add a contact in. */
    CustomerForm withEmptyRows() {
        long empty = contacts.stream().filter(ContactRow::isEmpty).count();
        for (long i = empty; i < EMPTY_CONTACT_ROWS; i++) {
            contacts.add(new ContactRow());
        }
        return this;
    }

    /** The input for {@link CustomerDesk}; {@code withCode} false on update, where the code is the path's. */
    Converted toInput(boolean withCode) {
        var inputs = new ArrayList<ContactInput>();
        var rows = new ArrayList<Integer>();
        for (int row = 0; row < contacts.size(); row++) {
            var contact = contacts.get(row);
            if (contact != null && !contact.isEmpty()) {
                inputs.add(new ContactInput(contact.getName(), contact.getEmail(), contact.getPhone()));
                rows.add(row);
            }
        }
        return new Converted(new CustomerInput(withCode ? code : null, name, inputs, active), rows, withCode);
    }

    /** The input and, for each of its contacts, the form row it came from. */
    record Converted(CustomerInput input, List<Integer> rows, boolean withCode) {

        /** The form field a problem of {@code input} belongs to, or null when the form has no such field. */
        String formField(String problemField) {
            var contact = CONTACT_FIELD.matcher(problemField);
            if (contact.matches()) {
                int index = Integer.parseInt(contact.group(1));
                return index < rows.size() ? "contacts[" + rows.get(index) + "]." + contact.group(2) : null;
            }
            return switch (problemField) {
                case "name", "active" -> problemField;
                case "code" -> withCode ? problemField : null;
                default -> null;
            };
        }
    }

    /** One contact row: name, e-mail, phone as typed. */
    public static class ContactRow {

        private String name;
        private String email;
        private String phone;

        public ContactRow() {
        }

        ContactRow(String name, String email, String phone) {
            this.name = name;
            this.email = email;
            this.phone = phone;
        }

        boolean isEmpty() {
            return blank(name) && blank(email) && blank(phone);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactRow> contacts) {
        this.contacts = contacts;
    }
}
