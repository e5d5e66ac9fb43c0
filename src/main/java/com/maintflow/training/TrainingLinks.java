package com.maintflow.training;

import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.links.LinkAction;
import com.maintflow.links.LinkAnswer;
import com.maintflow.links.LinkedQuestion;
import com.maintflow.system.Actors;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendees' signed links: registration (key {@code TR-2026-000001:3}, attendee 3; open until the start date) and
 * evaluation (key {@code TR-2026-000001:3:E}; open while the training collects evaluations, once per attendee).
 */
@Service
@Transactional
class TrainingLinks implements LinkedQuestion {

    private final Trainings trainings;
    private final Actors actors;

    TrainingLinks(Trainings trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    /** A link key: training number, attendee number, and whether it is the evaluation. */
    record Key(String number, int attendee, boolean evaluation) {

        static Optional<Key> parse(String key) {
            String[] parts = key.split(":", -1);
            if ((parts.length != 2 && !(parts.length == 3 && "E".equals(parts[2])))
                    || !parts[0].matches(TrainingController.NUMBER_PATTERN) || !parts[1].matches("\\d{1,4}")) {
                return Optional.empty();
            }
            return Optional.of(new Key(parts[0], Integer.parseInt(parts[1]), parts.length == 3));
        }
    }

    @Override
    public Set<LinkAction> actions() {
        return Set.of(LinkAction.REGISTRATION, LinkAction.TRAINING_EVALUATION);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWaiting(String key) {
        var parsed = Key.parse(key);
        if (parsed.isEmpty() || !trainings.exists(parsed.get().number())) {
            return false;
        }
        var k = parsed.get();
        var training = trainings.byNumber(k.number());
        if (training.attendee(k.attendee()).isEmpty()) {
            return false;
        }
        if (k.evaluation()) {
            return training.getStatus() == TrainingStatus.EVALUATING && !training.hasEvaluated(k.attendee());
        }
        return training.getStatus() != TrainingStatus.CLOSED && training.getStatus() != TrainingStatus.EVALUATING
                && actors.now().atZone(Trainings.ZONE).toLocalDate().isBefore(training.getStartDate());
    }

    @Override
    @Transactional(readOnly = true)
    public String titleOf(String key) {
        return trainings.byNumber(Key.parse(key).orElseThrow().number()).getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Detail> detailsOf(String key) {
        var k = Key.parse(key).orElseThrow();
        var training = trainings.byNumber(k.number());
        var attendee = training.attendee(k.attendee()).orElseThrow();
        var details = new java.util.ArrayList<Detail>();
        details.add(new Detail("学员 / Attendee", attendee.getName()));
        details.add(new Detail("地点 / Site", training.getSite()));
        details.add(new Detail("开始 / Start", training.getStartDate() + " · " + training.getDays() + " 天 / days"));
        training.getSessions().forEach(s -> details.add(new Detail("第 " + s.getSeq() + " 节 / Session " + s.getSeq(),
                s.line())));
        return details;
    }

    @Override
    public void answer(String key, LinkAction action, LinkAnswer answer) {
        if (!isWaiting(key)) {
            throw new NotAwaitingAnswerException(key, action.messageName());
        }
        var k = Key.parse(key).orElseThrow();
        if (action == LinkAction.REGISTRATION && !k.evaluation()) {
            trainings.register(k.number(), k.attendee(), actors.now());
        } else if (action == LinkAction.TRAINING_EVALUATION && k.evaluation()) {
            var rating = answer.training().orElseThrow();
            trainings.evaluate(k.number(), k.attendee(), rating.content(), rating.instructor(),
                    rating.organisation(), rating.comments().orElse(null), actors.now());
        } else {
            throw new NotAwaitingAnswerException(key, action.messageName());
        }
    }
}
