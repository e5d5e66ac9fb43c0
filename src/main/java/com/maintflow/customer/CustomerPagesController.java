package com.maintflow.customer;

import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages for customers and contracts: list and search, view and edit a customer with its contacts, add and
 * amend contracts, a contract's history and open requests. The same desks as the API do the work, so a page and a
 * REST call can never disagree on what is valid; a refused form comes back with each error next to its field and the
 * values as typed. Who may read and who may change is {@code system/SecurityConfig}'s.
 */
@Controller
class CustomerPagesController {

    private static final Logger log = LoggerFactory.getLogger(CustomerPagesController.class);
    private static final int PAGE_SIZE = 20;
    /** History shows field names; staff read these. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("name", "名称 / Name"), Map.entry("email", "邮箱 / E-mail"), Map.entry("phone", "电话 / Phone"),
            Map.entry("active", "启用 / Active"), Map.entry("serviceLevel", "服务级别 / Service level"),
            Map.entry("serviceCalendar", "服务日历 / Service calendar"),
            Map.entry("warrantyStart", "保修开始 / Warranty start"), Map.entry("warrantyEnd", "保修结束 / Warranty end"),
            Map.entry("freeMaintenanceEnd", "免费维护截止 / Free maintenance until"),
            Map.entry("contractValue", "合同金额 / Contract value"),
            Map.entry("penaltyRatePercent", "违约金比例 % / Penalty rate %"),
            Map.entry("penaltyCapPercent", "违约金上限 % / Penalty cap %"),
            Map.entry("residentEngineer", "驻场工程师 / Resident engineer"),
            Map.entry("siteAddress", "现场地址 / Site address"),
            Map.entry("inspectionCycle", "巡检周期 / Inspection cycle"),
            Map.entry("returnVisitCycle", "回访周期 / Return-visit cycle"),
            Map.entry("onSiteHours", "应急到场时限（小时）/ Emergency on-site hours"),
            Map.entry("restoreHours", "应急恢复时限（小时）/ Emergency restore hours"),
            Map.entry("seniorEngineerHours", "高级工程师介入（小时）/ Senior engineer after hours"),
            Map.entry("responsibleEngineers", "负责工程师 / Responsible engineers"));

    private final CustomerDesk customers;
    private final ContractDesk contracts;
    private final ChangeHistory history;
    private final StaffRoster roster;
    private final ContractTermsCatalog catalog;
    private final Validator validator;
    private final WebInvocationPrivilegeEvaluator privileges;

    CustomerPagesController(CustomerDesk customers, ContractDesk contracts, ChangeHistory history, StaffRoster roster,
                            ContractTermsCatalog catalog, Validator validator,
                            WebInvocationPrivilegeEvaluator privileges) {
        this.customers = customers;
        this.contracts = contracts;
        this.history = history;
        this.roster = roster;
        this.catalog = catalog;
        this.validator = validator;
        this.privileges = privileges;
    }

    /** Readers (engineers, supervisors) see no forms they could not send: asks the security rules, not a copy. */
    @ModelAttribute("canEdit")
    boolean canEdit(Authentication user) {
        return user != null && privileges.isAllowed("", "/customers", "POST", user);
    }

    @GetMapping("/customers")
    ModelAndView list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page) {
        var result = customers.search(q, pageNumber(page), PAGE_SIZE);
        var view = new ModelAndView("customers/list", "result", result);
        view.addObject("q", q == null ? "" : q);
        return view;
    }

    @GetMapping("/customers/new")
    ModelAndView newCustomer() {
        return new ModelAndView("customers/customer", "form", CustomerForm.blank());
    }

    @PostMapping("/customers")
    ModelAndView create(@ModelAttribute("form") CustomerForm form, BindingResult errors, RedirectAttributes flash) {
        var converted = form.toInput(true);
        validate(converted.input(), errors, converted::formField);
        if (!errors.hasErrors()) {
            try {
                var created = customers.create(converted.input());
                return saved(flash, CustomerApiController.location("/customers/{code}", created.getCode()));
            } catch (CustomerProblem problem) {
                // The only conflict creating a customer has is a code that is taken.
                return refused(problem, errors, converted::formField, "code",
                        new ModelAndView("customers/customer", "form", form.withEmptyRows()));
            }
        }
        return new ModelAndView("customers/customer", HttpStatus.BAD_REQUEST).addObject("form", form.withEmptyRows());
    }

    @GetMapping("/customers/{code}")
    ModelAndView customer(@PathVariable String code) {
        return customerPage(code, CustomerForm.of(customers.view(code)), HttpStatus.OK);
    }

    @PostMapping("/customers/{code}")
    ModelAndView update(@PathVariable String code, @ModelAttribute("form") CustomerForm form, BindingResult errors,
                        RedirectAttributes flash) {
        var converted = form.toInput(false);
        validate(converted.input(), errors, converted::formField);
        if (!errors.hasErrors()) {
            try {
                customers.update(code, converted.input());
                return saved(flash, CustomerApiController.location("/customers/{code}", code));
            } catch (CustomerProblem problem) {
                return refused(problem, errors, converted::formField, null, customerPage(code, form, HttpStatus.OK));
            }
        }
        return customerPage(code, form, HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/customers/{code}/contracts/new")
    ModelAndView newContract(@PathVariable String code) {
        return newContractPage(code, new ContractForm(), HttpStatus.OK);
    }

    @PostMapping("/customers/{code}/contracts")
    ModelAndView addContract(@PathVariable String code, @ModelAttribute("form") ContractForm form,
                             BindingResult errors, RedirectAttributes flash) {
        var input = form.toInput(form.getContractNumber(), errors);
        validate(input, errors, ContractForm::formField);
        if (!errors.hasErrors()) {
            try {
                var added = contracts.add(code, input);
                return saved(flash, CustomerApiController.location("/contracts/{number}", added.getContractNumber()));
            } catch (CustomerProblem problem) {
                // The only conflict adding a contract has is a number that is taken.
                return refused(problem, errors, ContractForm::formField, "contractNumber",
                        newContractPage(code, form, HttpStatus.OK));
            }
        }
        return newContractPage(code, form, HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/contracts/{number}")
    ModelAndView contract(@PathVariable String number) {
        return contractPage(number, ContractForm.of(contracts.view(number)), HttpStatus.OK);
    }

    @PostMapping("/contracts/{number}")
    ModelAndView amend(@PathVariable String number, @ModelAttribute("form") ContractForm form, BindingResult errors,
                       RedirectAttributes flash) {
        contracts.view(number); // an unknown contract is a 404 page, not a form full of "required"
        var input = form.toInput(number, errors);
        validate(input, errors, ContractForm::formField);
        if (!errors.hasErrors()) {
            try {
                contracts.amend(number, input);
                return saved(flash, CustomerApiController.location("/contracts/{number}", number));
            } catch (CustomerProblem problem) {
                return refused(problem, errors, ContractForm::formField, null,
                        contractPage(number, form, HttpStatus.OK));
            }
        }
        return contractPage(number, form, HttpStatus.BAD_REQUEST);
    }

    /** Unknown customer or contract (the desks' 404): a page, not the API's problem JSON. */
    @ExceptionHandler(CustomerProblem.class)
    ModelAndView problem(CustomerProblem problem) {
        return new ModelAndView("customers/not-found", problem.getStatusCode()).addObject("message",
                problem.getBody().getDetail());
    }

    /** Anything else: a bilingual error page rather than JSON or a stack trace; logged here. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView unexpected(RuntimeException e) {
        log.error("Unexpected failure on a customer staff page", e);
        return new ModelAndView("page-error", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private ModelAndView customerPage(String code, CustomerForm form, HttpStatusCode status) {
        var page = new ModelAndView("customers/customer", status);
        page.addObject("customer", customers.view(code));
        page.addObject("history", history.ofCustomer(code));
        page.addObject("fieldLabels", FIELD_LABELS);
        page.addObject("form", form.withEmptyRows());
        return page;
    }

    private ModelAndView newContractPage(String code, ContractForm form, HttpStatusCode status) {
        var page = contractFormPage("customers/contract-new", form, status);
        page.addObject("customer", customers.view(code));
        return page;
    }

    private ModelAndView contractPage(String number, ContractForm form, HttpStatusCode status) {
        var page = contractFormPage("customers/contract", form, status);
        page.addObject("contract", contracts.view(number));
        page.addObject("history", history.ofContract(number));
        page.addObject("openRequests", contracts.openRequests(number));
        page.addObject("fieldLabels", FIELD_LABELS);
        return page;
    }

    private ModelAndView contractFormPage(String template, ContractForm form, HttpStatusCode status) {
        var page = new ModelAndView(template, status);
        page.addObject("form", form);
        page.addObject("serviceLevels", choices(catalog.serviceLevels(), form.getServiceLevel()));
        page.addObject("calendars", choices(catalog.calendars(), form.getServiceCalendar()));
        page.addObject("staff", roster.all());
        return page;
    }

    /** The known values, sorted, plus the current one should the catalog no longer have it (so it is kept). */
    private static List<String> choices(Set<String> known, String current) {
        var choices = new TreeSet<>(known);
        if (current != null && !current.isBlank()) {
            choices.add(current);
        }
        return new ArrayList<>(choices);
    }

    /** The input records' own Bean Validation, so pages and API share one set of rules. */
    private void validate(Object input, BindingResult errors, UnaryOperator<String> formField) {
        validator.validate(input).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> reject(errors, formField.apply(v.getPropertyPath().toString()), v.getMessage()));
    }

    /**
     * A refused command: each field problem next to its field (or at the top when the form has no such field), a
     * conflict next to {@code conflictField}, and the status the desk chose (400, 409, 422). A 404 is not a form
     * error: it goes to {@link #problem}.
     */
    private static ModelAndView refused(CustomerProblem problem, BindingResult errors, UnaryOperator<String> formField,
                                        String conflictField, ModelAndView page) {
        if (problem.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            throw problem;
        }
        if (problem.errors().isEmpty()) {
            reject(errors, problem.getStatusCode().value() == HttpStatus.CONFLICT.value() ? conflictField : null,
                    problem.getBody().getDetail());
        }
        problem.errors().forEach(p -> reject(errors, formField.apply(p.field()), p.message()));
        page.setStatus(problem.getStatusCode());
        return page;
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (field == null) {
            errors.reject("refused", message);
        } else if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "refused", message);
        }
    }

    private static ModelAndView saved(RedirectAttributes flash, URI location) {
        flash.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:" + location);
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(Integer.parseInt(page), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
