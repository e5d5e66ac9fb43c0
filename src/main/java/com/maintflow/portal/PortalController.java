package com.maintflow.portal;

import com.maintflow.intake.InactiveCustomerException;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.UnknownCustomerException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer portal pages: open a request (channel WEB) with the same checks as {@code POST /api/requests}, and
 * look up a request's status by ticket and contact e-mail. Errors are shown next to their fields, values kept.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private static final Logger log = LoggerFactory.getLogger(PortalController.class);

    private final IntakeService intake;
    private final PortalStatus status;
    private final Validator validator;

    PortalController(IntakeService intake, PortalStatus status, Validator validator) {
        this.intake = intake;
        this.status = status;
        this.validator = validator;
    }

    @GetMapping
    ModelAndView intakeForm() {
        return new ModelAndView("portal/intake", "form", new IntakeForm());
    }

    @PostMapping
    ModelAndView submit(@ModelAttribute("form") IntakeForm form, BindingResult errors) {
        IntakeCommand command = form.toCommand();
        // IntakeCommand's own constraints, so the portal and the API can never disagree on what is valid.
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> reject(errors, violation));
        if (!errors.hasErrors()) {
            try {
                var submitted = intake.submit(command);
                log.info("Request {} opened through the web portal", submitted.ticket());
                return new ModelAndView("portal/submitted", "ticket", submitted.ticket());
            } catch (UnknownCustomerException e) {
                errors.rejectValue("customerCode", "unknown", e instanceof InactiveCustomerException
                        ? "该客户已停用，请联系我们 / this customer is deactivated, please contact us"
                        : "客户编号不存在 / is not a known customer code");
            }
        }
        return new ModelAndView("portal/intake", HttpStatus.BAD_REQUEST);
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
