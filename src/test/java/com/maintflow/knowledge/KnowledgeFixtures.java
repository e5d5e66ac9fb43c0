package com.maintflow.knowledge;

import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.RequestDriver;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Articles for tests: solved requests taken through the real process to the archive, or articles written straight
 * into the knowledge base (committed and indexed), under made-up ticket numbers that no request has.
 */
final class KnowledgeFixtures {

    static final String CONTACT_EMAIL = "it@warranty.example";
    /** Random start, so runs against a kept MariaDB database do not collide. */
    private static final AtomicInteger NEXT_TICKET = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));

    private final RequestDriver driver;
    private final IntakeService intake;
    private final ArticleRepository articles;

    KnowledgeFixtures(RequestDriver driver, IntakeService intake, ArticleRepository articles) {
        this.driver = driver;
        this.intake = intake;
        this.articles = articles;
    }

    /** A new request of the in-warranty demo customer, waiting for review. */
    String submit(String system, String title, String description) {
        return intake.submit(new IntakeCommand(RequestDriver.IN_WARRANTY, RequestDriver.CONTACT_NAME, CONTACT_EMAIL,
                "+86 10 1234 5678", "WEB", system, title, description)).ticket();
    }

    /** Reviewed as an immediate corrective defect: waiting for implementation. */
    String reviewed(String system, String title, String description) {
        String ticket = submit(system, title, description);
        driver.review(ticket, "IMMEDIATE", "DEFECT");
        return ticket;
    }

    /** One round of implementation with this cause and solution. */
    void implement(String ticket, String rootCause, String solution, boolean keepOut) {
        Map<String, Object> fields = new HashMap<>(Map.of("rootCause", rootCause, "solution", solution,
                "hoursSpent", 1.5));
        fields.put("keepOutOfKnowledgeBase", keepOut);
        driver.complete(ticket, "Task_ImplementMaintenance", "eng1", fields);
    }

    void answerAcceptance(String ticket, boolean accepted) {
        driver.complete(ticket, "Task_RecordAcceptanceAnswer", "cs1", Map.of("accepted", accepted,
                "acceptanceNote", accepted ? "正常 / OK" : "仍然失败 / Still fails"));
    }

    /** From an accepted round to the archive: opinion, summary, final confirmation, archive job. */
    void closeAndArchive(String ticket) {
        driver.complete(ticket, "Task_RecordCustomerOpinion", "cs1", Map.of("satisfaction", 5L,
                "customerOpinion", "满意 / Satisfied"));
        driver.complete(ticket, "Task_WriteMaintenanceSummary", "cs1", Map.of("summary", "已修复 / Fixed"));
        driver.complete(ticket, "Task_ConfirmClosure", "cs1", Map.of("confirmed", true));
        driver.archive(ticket);
    }

    /** A request solved in one accepted round and archived; returns its ticket. */
    String solved(String system, String title, String description, String rootCause, String solution,
                  boolean keepOut) {
        String ticket = reviewed(system, title, description);
        implement(ticket, rootCause, solution, keepOut);
        answerAcceptance(ticket, true);
        closeAndArchive(ticket);
        return ticket;
    }

    /** An article written straight into the knowledge base, as if its request had been archived. */
    Article article(String system, String title, String symptoms, String rootCause, String solution) {
        var content = new ArticleContent(title, system, "DEFECT", "CORRECTIVE", symptoms, rootCause, solution);
        return articles.save(new Article(content, madeUpTicket(), "eng1", Instant.now()));
    }

    /** A ticket number of MaintFlow's shape that no request of the suite has (those start with MR-). */
    static String madeUpTicket() {
        return String.format("KB-2026-%06d", NEXT_TICKET.incrementAndGet());
    }
}
