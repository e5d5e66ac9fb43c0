package com.maintflow.customer;

import com.maintflow.customer.CustomerProblem.FieldProblem;
import com.maintflow.customer.CustomerViews.ContactView;
import com.maintflow.customer.CustomerViews.CustomerSummary;
import com.maintflow.customer.CustomerViews.CustomerView;
import com.maintflow.customer.CustomerViews.PageView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer service registers and edits customers and their contacts here (API, pages and CSV import alike). Each
 * command is one transaction and checks everything before it writes, so a refused command stores nothing.
 */
@Service
@Transactional
public class CustomerDesk {

    static final int MAX_PAGE_SIZE = 100;
    /** Path words of the pages and the API ({@code /customers/new}, {@code /api/customers/import}). */
    static final Set<String> RESERVED_CODES = Set.of("new", "import");

    private final CustomerRepository customers;
    private final RequestReferences references;
    private final ContractDesk contracts;

    CustomerDesk(CustomerRepository customers, RequestReferences references, ContractDesk contracts) {
        this.customers = customers;
        this.references = references;
        this.contracts = contracts;
    }

    public Customer create(CustomerInput input) {
        refuseInvalid(problemsOfNew(input, ""));
        if (customers.findByCode(input.code().strip()).isPresent()) {
            throw CustomerProblem.conflict("客户代码已存在 / Customer code " + input.code().strip() + " already exists");
        }
        var customer = new Customer(input.code().strip(), input.name().strip());
        input.contactsOrNone().forEach(c -> {
            var details = c.details();
            customer.addContact(details.name(), details.email(), details.phone());
        });
        if (Boolean.FALSE.equals(input.active())) {
            customer.setActive(false);
        }
        try {
            return customers.saveAndFlush(customer);
        } catch (DataIntegrityViolationException e) {
            // Another clerk registered the same code between the check above and this insert.
            throw CustomerProblem.conflict("客户代码已存在 / Customer code " + customer.getCode() + " already exists");
        }
    }

    /** Renames the customer, makes its contacts the given list (matched by e-mail) and (de)activates it. */
    public Customer update(String code, CustomerInput input) {
        var customer = find(code);
        var problems = new ArrayList<FieldProblem>();
        if (input.code() != null && !input.code().strip().equals(customer.getCode())) {
            problems.add(new FieldProblem("code", "与地址中的客户代码不一致 / differs from the code in the path"));
        }
        if (input.name() != null && input.name().isBlank()) {
            problems.add(new FieldProblem("name", "不能为空 / must not be blank"));
        }
        problems.addAll(duplicateEmails(input.contactsOrNone(), ""));
        refuseInvalid(problems);
        if (input.name() != null) {
            customer.rename(input.name().strip());
        }
        if (input.contacts() != null) {
            customer.replaceContacts(input.contacts().stream().map(ContactInput::details).toList());
        }
        if (input.active() != null) {
            customer.setActive(input.active());
        }
        return customers.saveAndFlush(customer);
    }

    /** Deletes a customer no request refers to; one that has requests is deactivated instead (409). */
    public void delete(String code) {
        var customer = find(code);
        if (references.anyForCustomer(customer.getId())) {
            throw CustomerProblem.conflict("客户 " + code + " 已有维护请求，不能删除，请停用 / Customer " + code
                    + " has maintenance requests and cannot be deleted; deactivate it (\"active\": false) instead");
        }
        customer.getContracts().forEach(contract -> contracts.refuseDeletionIfReferenced(contract));
        customers.delete(customer);
    }

    @Transactional(readOnly = true)
    public CustomerView view(String code) {
        var customer = find(code);
        return new CustomerView(customer.getCode(), customer.getName(), customer.isActive(),
                customer.getContacts().stream().map(c -> new ContactView(c.getName(), c.getEmail(), c.getPhone()))
                        .toList(),
                customer.getContracts().stream().map(contracts::view).toList());
    }

    /** Customers whose code or name contains {@code query} (any case; Chinese as typed), by code. */
    @Transactional(readOnly = true)
    public PageView<CustomerSummary> search(String query, int page, int size) {
        String fragment = query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), Sort.by("code"));
        return PageView.of(customers.search(fragment, request), c -> new CustomerSummary(c.getCode(), c.getName(),
                c.isActive(), c.getContacts().size(),
                c.getContracts().stream().map(Contract::getContractNumber).toList()));
    }

    /** Field problems of a new customer; {@code prefix} locates them in a larger input (the CSV import's rows). */
    List<FieldProblem> problemsOfNew(CustomerInput input, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        if (input.code() == null || input.code().isBlank()) {
            problems.add(new FieldProblem(prefix + "code", "必填 / is required"));
        } else if (RESERVED_CODES.contains(input.code().strip().toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(prefix + "code", "保留字，不能作为客户代码 / is a reserved word (a page or API"
                    + " path), not a customer code"));
        }
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldProblem(prefix + "name", "必填 / is required"));
        }
        problems.addAll(duplicateEmails(input.contactsOrNone(), prefix));
        return problems;
    }

    private static List<FieldProblem> duplicateEmails(List<ContactInput> contacts, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            String email = contacts.get(i).email();
            if (email != null && !seen.add(email.strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(prefix + "contacts[" + i + "].email",
                        "该客户已有此邮箱的联系人 / another contact of this customer has this e-mail address"));
            }
        }
        return problems;
    }

    private static void refuseInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw CustomerProblem.invalid(problems);
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return customers.findByCode(code).isPresent();
    }

    Customer find(String code) {
        return customers.findByCode(code).orElseThrow(() ->
                CustomerProblem.notFound("没有客户 / No customer with code " + code));
    }
}
