package com.maintflow.portal;

import com.maintflow.complaint.ComplaintCommand;
import com.maintflow.complaint.ComplaintService;
import com.maintflow.complaint.UnknownRelatedTicketException;
import com.maintflow.intake.InactiveCustomerException;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /portal/complaint}: a customer files a complaint (channel WEB) with the same checks as
 * {@code POST /api/complaints}; errors are shown next to their fields, values kept.
 */
@Controller
@RequestMapping("/portal/complaint")
class ComplaintPortalController {

    private static final Logger log = LoggerFactory.getLogger(ComplaintPortalController.class);

    private final ComplaintService complaints;
    private final Validator validator;

    ComplaintPortalController(ComplaintService complaints, Validator validator) {
        this.complaints = complaints;
        this.validator = validator;
    }

    @GetMapping
    ModelAndView complaintForm() {
        return new ModelAndView("portal/complaint", "form", new ComplaintForm());
    }

    @PostMapping
    ModelAndView file(@ModelAttribute("form") ComplaintForm form, BindingResult errors) {
        ComplaintCommand command = form.toCommand();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(violation -> reject(errors, violation));
        if (!errors.hasErrors()) {
            try {
                var filed = complaints.file(command);
                log.info("Complaint {} filed through the web portal", filed.complaintNumber());
                return new ModelAndView("portal/complaint-filed", "complaintNumber", filed.complaintNumber());
            } catch (UnknownCustomerException e) {
                errors.rejectValue("customerCode", "unknown", e instanceof InactiveCustomerException
                        ? "该客户已停用，请联系我们 / this customer is deactivated, please contact us"
                        : "客户编号不存在 / is not a known customer code");
            } catch (UnknownRelatedTicketException e) {
                errors.rejectValue("ticket", "unknown", "不是该客户的工单 / is not a request of this customer");
            }
        }
        return new ModelAndView("portal/complaint", HttpStatus.BAD_REQUEST);
    }

    private static void reject(BindingResult errors, ConstraintViolation<ComplaintCommand> violation) {
        errors.rejectValue(violation.getPropertyPath().toString(),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }
}
