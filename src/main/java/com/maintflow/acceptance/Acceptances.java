package com.maintflow.acceptance;

import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.system.Actors;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records acceptance rounds and the customer's opinion, whichever way they arrive (task or link). */
@Service
@Transactional
public class Acceptances {

    private final AcceptanceRoundRepository rounds;
    private final CustomerOpinionRepository opinions;
    private final MaintenanceRequests requests;
    private final Actors actors;

    Acceptances(AcceptanceRoundRepository rounds, CustomerOpinionRepository opinions, MaintenanceRequests requests,
                Actors actors) {
        this.rounds = rounds;
        this.opinions = opinions;
        this.requests = requests;
        this.actors = actors;
    }

    /** Records the answer as the next round and returns that round's number (1 for the first). */
    public int answer(String ticket, boolean accepted, String note, String actor) {
        int round = (int) rounds.countByTicket(ticket) + 1;
        rounds.save(new AcceptanceRound(ticket, round, accepted, note, actor, actors.now()));
        requests.advance(ticket, accepted ? RequestStatus.ACCEPTED : RequestStatus.ACCEPTANCE_REJECTED, actor,
                (accepted ? "验收通过 / Accepted" : "验收不通过 / Rejected") + " (round " + round + ")"
                        + (note == null || note.isBlank() ? "" : ": " + note));
        return round;
    }

    public void recordOpinion(String ticket, int satisfaction, String opinion, String actor) {
        opinions.save(new CustomerOpinion(ticket, satisfaction, opinion, actor, actors.now()));
        requests.advance(ticket, RequestStatus.OPINION_RECORDED, actor, "满意度 / Satisfaction " + satisfaction + "/5");
    }

    @Transactional(readOnly = true)
    public List<AcceptanceRound> roundsOf(String ticket) {
        return rounds.findByTicketOrderByRoundNumberAsc(ticket);
    }

    @Transactional(readOnly = true)
    public Optional<CustomerOpinion> opinionOf(String ticket) {
        return opinions.findByTicket(ticket);
    }
}
