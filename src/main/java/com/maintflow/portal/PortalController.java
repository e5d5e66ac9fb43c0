package com.maintflow.portal;

import com.maintflow.attachment.AttachmentSource;
import com.maintflow.attachment.Attachments;
import com.maintflow.attachment.Uploads;
import com.maintflow.customer.Customers;
import com.maintflow.intake.InactiveCustomerException;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.UnknownCustomerException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer portal pages: open a request (channel WEB) with the same checks as {@code POST /api/requests}, with up
 * to five files checked by content, and look up a request's status by ticket and contact e-mail. Customers need not
 * know their customer code: their contact e-mail identifies them, and when it belongs to several customers the form
 * asks which. Errors are shown next to their fields, values kept (files must be chosen again: browsers do not let a
 * page refill a file input).
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private static final Logger log = LoggerFactory.getLogger(PortalController.class);

    private final IntakeService intake;
    private final PortalStatus status;
    private final Validator validator;
    private final Customers customers;
    private final Attachments attachments;

    PortalController(IntakeService intake, PortalStatus status, Validator validator, Customers customers,
                     Attachments attachments) {
        this.intake = intake;
        this.status = status;
        this.validator = validator;
        this.customers = customers;
        this.attachments = attachments;
    }

    @GetMapping
    ModelAndView intakeForm() {
        return form(new ModelAndView("portal/intake", "form", new IntakeForm()));
    }

    @PostMapping
    ModelAndView submit(@ModelAttribute("form") IntakeForm form, BindingResult errors,
                        @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        var page = form(new ModelAndView("portal/intake", HttpStatus.BAD_REQUEST));
        boolean identified = form.hasCustomerCode() || identifyByEmail(form, errors, page);
        IntakeCommand command = form.toCommand();
        // IntakeCommand's own constraints, so the portal and the API can never disagree on what is valid.
        validator.validate(command).stream()
                .filter(violation -> identified || !"customerCode".equals(violation.getPropertyPath().toString()))
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> reject(errors, violation));
        var uploads = Uploads.of(files);
        var fileErrors = attachments.check(uploads).stream().map(Attachments.Refusal::message).toList();
        if (!errors.hasErrors() && fileErrors.isEmpty()) {
            try {
                var submitted = intake.submit(command, AttachmentSource.PORTAL, uploads);
                log.info("Request {} opened through the web portal with {} files", submitted.ticket(), uploads.size());
                return new ModelAndView("portal/submitted", "ticket", submitted.ticket());
            } catch (UnknownCustomerException e) {
                errors.rejectValue("customerCode", "unknown", e instanceof InactiveCustomerException
                        ? "该客户已停用，请联系我们 / this customer is deactivated, please contact us"
                        : "客户编号不存在 / is not a known customer code");
            }
        }
        page.addObject("fileErrors", fileErrors);
        page.addObject("chooseFilesAgain", !uploads.isEmpty());
        return page;
    }

    /**
     * Fills in the customer code from the contact e-mail when exactly one active customer has that contact; otherwise
     * says why not next to the field to fix, offering the customers to choose from when there are several.
     */
    private boolean identifyByEmail(IntakeForm form, BindingResult errors, ModelAndView page) {
        String email = form.getContactEmail() == null ? "" : form.getContactEmail().strip();
        if (email.isEmpty()) {
            return false; // the e-mail's own error says what is missing
        }
        List<Customers.CustomerChoice> choices = customers.activeByContactEmail(email);
        if (choices.size() == 1) {
            form.setCustomerCode(choices.get(0).code());
            return true;
        }
        if (choices.isEmpty()) {
            errors.rejectValue("contactEmail", "unknownContact", "此邮箱未登记为客户联系人，请填写客户编号 / "
                    + "this e-mail is not registered as a customer contact: please enter your customer code");
        } else {
            page.addObject("customerChoices", choices);
            errors.rejectValue("customerCode", "ambiguous", "此邮箱属于多个客户，请选择您代表的客户 / "
                    + "this e-mail belongs to several customers: please choose the one you represent");
        }
        return false;
    }

    /** What every rendering of the intake form needs besides the form itself. */
    private static ModelAndView form(ModelAndView page) {
        page.addObject("accept", Attachments.ACCEPT);
        page.addObject("fileErrors", List.of());
        return page;
    }

    @GetMapping("/status")
    ModelAndView statusForm(@RequestParam(required = false) String ticket) {
        var lookup = new StatusLookup();
        lookup.setTicket(ticket);
        return new ModelAndView("portal/status", "lookup", lookup);
    }

    @PostMapping("/status")
    ModelAndView lookUp(@ModelAttribute("lookup") StatusLookup lookup) {
        return status.find(lookup)
                .map(request -> new ModelAndView("portal/status", "request", request))
                .orElseGet(() -> {
                    var view = new ModelAndView("portal/status", HttpStatus.NOT_FOUND);
                    view.addObject("notFound", true);
                    return view;
                });
    }

    private static void reject(BindingResult errors, ConstraintViolation<IntakeCommand> violation) {
        String field = violation.getPropertyPath().toString();
        errors.rejectValue(field, violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }
}
