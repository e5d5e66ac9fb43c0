package com.maintflow.survey;

import com.maintflow.links.SurveyAnswer;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One archived request's satisfaction survey: who was asked and when, the answer once given (scores 1..5), and
 * customer service's follow-up of a low score. Answered once; a second answer is refused.
 */
@Entity
@Table(name = "mf_survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private String contractNumber;
    private String customerCode;
    private String engineer;
    private String contactEmail;
    private Instant invitedAt;
    private Instant remindedAt;
    private Instant answeredAt;
    private String answeredBy;
    private Integer overall;
    private Integer responseSpeed;
    private Integer fixQuality;
    private Integer staffAttitude;
    private String comments;
    private String followedUpBy;
    private Instant followedUpAt;
    private String followUpNote;

    protected Survey() {
    }

    Survey(String ticket, String contractNumber, String customerCode, String engineer, String contactEmail,
           Instant invitedAt) {
        this.ticket = ticket;
        this.contractNumber = contractNumber;
        this.customerCode = customerCode;
        this.engineer = engineer;
        this.contactEmail = contactEmail;
        this.invitedAt = invitedAt;
    }

    void remindedAt(Instant at) {
        this.remindedAt = at;
    }

    void answer(SurveyAnswer answer, String actor, Instant at) {
        if (answeredAt != null) {
            throw new IllegalStateException("Survey of " + ticket + " was already answered");
        }
        this.overall = answer.overall();
        this.responseSpeed = answer.responseSpeed();
        this.fixQuality = answer.fixQuality();
        this.staffAttitude = answer.staffAttitude();
        this.comments = answer.comments().orElse(null);
        this.answeredBy = actor;
        this.answeredAt = at;
    }

    void followUp(String note, String actor, Instant at) {
        this.followUpNote = note;
        this.followedUpBy = actor;
        this.followedUpAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public String getTicket() {
        return ticket;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Optional<String> engineer() {
        return Optional.ofNullable(engineer);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Integer getOverall() {
        return overall;
    }

    public Integer getResponseSpeed() {
        return responseSpeed;
    }

    public Integer getFixQuality() {
        return fixQuality;
    }

    public Integer getStaffAttitude() {
        return staffAttitude;
    }

    public String getComments() {
        return comments;
    }

    public String getFollowedUpBy() {
        return followedUpBy;
    }

    public Instant getFollowedUpAt() {
        return followedUpAt;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }
}
