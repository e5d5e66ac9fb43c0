package com.maintflow.survey;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import com.maintflow.tasklist.FormText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FollowUpLowScore}: on create, gives the form the survey's answers as literal Markdown (task-local
 * {@value #SUMMARY}); on complete, stores customer service's follow-up note on the survey.
 */
@Component
class FollowUpLowScoreListener implements TaskListener {

    static final String SUMMARY = "surveySummary";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '北京时间'")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Surveys surveys;
    private final Actors actors;

    FollowUpLowScoreListener(Surveys surveys, Actors actors) {
        this.surveys = surveys;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String ticket = requiredText(task, "ticket");
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal("ticket", ticket);
            task.setVariableLocal(SUMMARY, summary(ticket));
            // Tasklist's list says what it is about without opening it, like the request's task captions.
            String title = surveys.requestOf(ticket).getTitle();
            String caption = "跟进低分 / Follow up low score · " + ticket + " · " + title;
            task.setName(caption.length() <= 255 ? caption : caption.substring(0, 254) + "…");
        } else {
            surveys.followUp(ticket, requiredText(task, "followUpNote"), actors.of(task));
        }
    }

    private String summary(String ticket) {
        var survey = surveys.of(ticket);
        var request = surveys.requestOf(ticket);
        List<String> lines = new ArrayList<>();
        lines.add("**标题 / Title:** " + FormText.literal(request.getTitle()));
        lines.add("**客户 / Customer:** " + FormText.literal(request.getCustomer().getCode() + " "
                + request.getCustomer().getName()));
        lines.add("**联系人 / Contact:** " + FormText.literal(request.getContactName() + " · "
                + request.getContactEmail() + (request.getContactPhone() == null ? "" : " · "
                + request.getContactPhone())));
        lines.add("**合同 / Contract:** " + FormText.literal(survey.getContractNumber())
                + " · **工程师 / Engineer:** " + FormText.literal(survey.engineer().orElse(null)));
        lines.add("**总体 / Overall:** " + survey.getOverall() + "/5 · **响应速度 / Response speed:** "
                + survey.getResponseSpeed() + "/5 · **维修质量 / Quality of the fix:** " + survey.getFixQuality()
                + "/5 · **服务态度 / Staff attitude:** " + survey.getStaffAttitude() + "/5");
        lines.add("**答复时间 / Answered:** " + FormText.literal(LOCAL.format(survey.getAnsweredAt())));
        lines.add("**意见 / Comments:**\n" + FormText.literal(FormText.clip(survey.getComments(), 2000)));
        return String.join("\n\n", lines);
    }
}
