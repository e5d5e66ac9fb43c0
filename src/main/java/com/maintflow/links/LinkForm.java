package com.maintflow.links;

import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The link page's form as posted: kept as strings so a bad value is shown back next to its field instead of
 * failing the binding. Checked against the question the token answers, since each question has its own fields.
 */
public class LinkForm {

    static final int MAX_TEXT = 4000;

    private String choice;
    private String note;
    private String satisfaction;
    private String opinion;
    // The survey's fields (LinkAction.SURVEY): four scores 1..5 and comments.
    private String overall;
    private String responseSpeed;
    private String fixQuality;
    private String staffAttitude;
    private String comments;
    // The training evaluation's fields (LinkAction.TRAINING_EVALUATION): three scores 1..5 and comments.
    private String contentScore;
    private String instructorScore;
    private String organisationScore;

    void validate(LinkAction action, Errors errors) {
        Optional<LinkAction.Choice> chosen = chosen(action);
        if (chosen.isEmpty()) {
            errors.rejectValue("choice", "invalid", "请选择一个答复 / Choose one of the answers");
            return;
        }
        if (chosen.get() == LinkAction.Choice.REJECT && blank(note)) {
            errors.rejectValue("note", "required", "请说明不通过的原因 / Please give the reason for rejecting");
        }
        if (note != null && note.length() > MAX_TEXT) {
            errors.rejectValue("note", "size", "最多 4000 字 / At most 4000 characters");
        }
        if (action == LinkAction.OPINION && rating().isEmpty()) {
            errors.rejectValue("satisfaction", "range", "请选择 1 到 5 分 / Choose a rating from 1 to 5");
        }
        if (opinion != null && opinion.length() > MAX_TEXT) {
            errors.rejectValue("opinion", "size", "最多 4000 字 / At most 4000 characters");
        }
        if (action == LinkAction.SURVEY) {
            validateSurvey(errors);
        }
        if (action == LinkAction.TRAINING_EVALUATION) {
            validateTrainingRating(errors);
        }
    }

    private void validateTrainingRating(Errors errors) {
        String message = "请选择 1 到 5 分 / Choose a rating from 1 to 5";
        if (score(contentScore).isEmpty()) {
            errors.rejectValue("contentScore", "range", message);
        }
        if (score(instructorScore).isEmpty()) {
            errors.rejectValue("instructorScore", "range", message);
        }
        if (score(organisationScore).isEmpty()) {
            errors.rejectValue("organisationScore", "range", message);
        }
        if (comments != null && comments.length() > MAX_TEXT) {
            errors.rejectValue("comments", "size", "最多 4000 字 / At most 4000 characters");
        }
    }

    private void validateSurvey(Errors errors) {
        String message = "请选择 1 到 5 分 / Choose a rating from 1 to 5";
        if (score(overall).isEmpty()) {
            errors.rejectValue("overall", "range", message);
        }
        if (score(responseSpeed).isEmpty()) {
            errors.rejectValue("responseSpeed", "range", message);
        }
        if (score(fixQuality).isEmpty()) {
            errors.rejectValue("fixQuality", "range", message);
        }
        if (score(staffAttitude).isEmpty()) {
            errors.rejectValue("staffAttitude", "range", message);
        }
        if (comments != null && comments.length() > MAX_TEXT) {
            errors.rejectValue("comments", "size", "最多 4000 字 / At most 4000 characters");
        }
    }

    /** The validated form as an answer; call only after {@link #validate} found no errors. */
    LinkAnswer toAnswer(LinkAction action) {
        Optional<SurveyAnswer> survey = action != LinkAction.SURVEY ? Optional.empty()
                : Optional.of(new SurveyAnswer(score(overall).orElseThrow(), score(responseSpeed).orElseThrow(),
                        score(fixQuality).orElseThrow(), score(staffAttitude).orElseThrow(), text(comments)));
        Optional<TrainingRating> training = action != LinkAction.TRAINING_EVALUATION ? Optional.empty()
                : Optional.of(new TrainingRating(score(contentScore).orElseThrow(),
                        score(instructorScore).orElseThrow(), score(organisationScore).orElseThrow(), text(comments)));
        return new LinkAnswer(chosen(action).orElseThrow(), text(note), rating(), text(opinion), survey, training);
    }

    private static Optional<Integer> score(String value) {
        return value != null && value.strip().matches("[1-5]")
                ? Optional.of(Integer.parseInt(value.strip())) : Optional.empty();
    }

    private Optional<LinkAction.Choice> chosen(LinkAction action) {
        return action.choices().stream().filter(c -> c.key().equals(choice)).findFirst();
    }

    private Optional<Integer> rating() {
        return satisfaction != null && satisfaction.strip().matches("[1-5]")
                ? Optional.of(Integer.parseInt(satisfaction.strip())) : Optional.empty();
    }

    private static Optional<String> text(String value) {
        return blank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(String satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }

    public String getResponseSpeed() {
        return responseSpeed;
    }

    public void setResponseSpeed(String responseSpeed) {
        this.responseSpeed = responseSpeed;
    }

    public String getFixQuality() {
        return fixQuality;
    }

    public void setFixQuality(String fixQuality) {
        this.fixQuality = fixQuality;
    }

    public String getStaffAttitude() {
        return staffAttitude;
    }

    public void setStaffAttitude(String staffAttitude) {
        this.staffAttitude = staffAttitude;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getContentScore() {
        return contentScore;
    }

    public void setContentScore(String contentScore) {
        this.contentScore = contentScore;
    }

    public String getInstructorScore() {
        return instructorScore;
    }

    public void setInstructorScore(String instructorScore) {
        this.instructorScore = instructorScore;
    }

    public String getOrganisationScore() {
        return organisationScore;
    }

    public void setOrganisationScore(String organisationScore) {
        this.organisationScore = organisationScore;
    }
}
