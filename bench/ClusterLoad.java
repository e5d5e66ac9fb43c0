import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the cluster drill (bench/cluster.sh), run as a single-file program: {@code java bench/ClusterLoad.java}.
 * Only the JDK, so it needs no build and no classpath.
 *
 * <p>Each worker submits requests anonymously ({@code POST /api/requests}) and drives a share of them through the
 * staff steps over Camunda's REST API as Tasklist does (find the ticket's task, {@code submit-form}), to a random
 * depth: not at all, review, review + implementation, or all the way to the confirmed closure and the document
 * manager's archiving confirmation (after which the archive step runs as a job). Calls alternate between the nodes; a node that is down (connection refused or reset,
 * timeout) is simply tried again on the other one. An intake whose answer was lost is counted as unanswered and not
 * repeated (its request may or may not exist); a form submit whose answer was lost is resolved by looking again:
 * if the task is gone, the submit took effect.
 *
 * <p>Runs until {@code <out>/stop} exists or {@code maxSeconds} have passed. Writes {@code <out>/created.txt} (one
 * ticket per 201), {@code closed.txt} (tickets whose closure and archiving were confirmed), {@code stuck.txt} (ticket and step the
 * driver gave up on) and prints one summary line.
 *
 * <p>Arguments: {@code <out-dir> <max-seconds> <workers> <node-url>...}
 */
public class ClusterLoad {

    private static final String STAFF_PASSWORD = "demo";
    private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final int STEP_ATTEMPTS = 40;

    /** One staff step: who does it, the task, the form's typed variables. */
    record Step(String user, String taskKey, String variables) {
    }

    private static final List<Step> JOURNEY = List.of(
            new Step("cs1", "Task_ReviewRequest", vars(
                    "maintenanceType", str("CORRECTIVE"), "serviceKind", str("DEFECT"), "severity", str("MAJOR"),
                    "reviewOutcome", str("IMMEDIATE"), "withinSpecScope", bool(true), "customerCaused", bool(false),
                    "reviewNote", str("集群演练 / cluster drill"))),
            new Step("eng1", "Task_ImplementMaintenance", vars(
                    "rootCause", str("演练 / drill"), "solution", str("演练 / drill"),
                    "hoursSpent", "{\"value\":1.5,\"type\":\"Double\"}")),
            new Step("cs1", "Task_RecordAcceptanceAnswer", vars(
                    "accepted", bool(true), "acceptanceNote", str("验收通过 / accepted"))),
            new Step("cs1", "Task_RecordCustomerOpinion", vars(
                    "satisfaction", "{\"value\":5,\"type\":\"Long\"}", "customerOpinion", str("好 / good"))),
            new Step("cs1", "Task_WriteMaintenanceSummary", vars("summary", str("演练总结 / drill summary"))),
            new Step("cs1", "Task_ConfirmClosure", vars("confirmed", bool(true))),
            // 归档确认 (issue 16): the document manager's tick; the archive job follows.
            new Step("doc1", "Task_ConfirmArchiving", vars("archivingChecked", bool(true))));

    private static final String INTAKE = "{\"customerCode\":\"C-WARRANTY\",\"contactName\":\"集群演练 / Cluster drill\","
            + "\"contactEmail\":\"it@warranty.example\",\"contactPhone\":\"+86 10 6552 0000\",\"channel\":\"WEB\","
            + "\"system\":\"ERP\",\"title\":\"集群演练 / cluster drill\","
            + "\"description\":\"kill -9 演练中的请求 / a request during the kill -9 drill\"}";

    private final Path out;
    private final List<String> nodes;
    private final long deadline;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger roundRobin = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger submits = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger stuck = new AtomicInteger();

    ClusterLoad(Path out, List<String> nodes, long deadline) {
        this.out = out;
        this.nodes = nodes;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ClusterLoad <out-dir> <max-seconds> <workers> <node-url>...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
        int workers = Integer.parseInt(args[2]);
        var load = new ClusterLoad(out, List.of(args).subList(3, args.length), deadline);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            var thread = new Thread(load::work, "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("load: created=%d refused=%d unanswered=%d formSubmits=%d retries=%d closed=%d stuck=%d%n",
                load.created.get(), load.refused.get(), load.unanswered.get(), load.submits.get(), load.retries.get(),
                load.closed.get(), load.stuck.get());
    }

    private boolean running() {
        return System.nanoTime() < deadline && !Files.exists(out.resolve("stop"));
    }

    private void work() {
        while (running()) {
            String ticket = intake();
            if (ticket == null) {
                pause(300);
                continue;
            }
            double dice = ThreadLocalRandom.current().nextDouble();
            int depth = dice < 0.25 ? 0 : dice < 0.35 ? 1 : dice < 0.5 ? 2 : JOURNEY.size();
            drive(ticket, depth);
            pause(100);
        }
    }

    private String intake() {
        String node = nextNode();
        for (int tries = 0; tries < nodes.size(); tries++) {
            try {
                return intakeOn(node);
            } catch (ConnectException e) {
                // Refused: that node is down and nothing was sent; the customer's next try reaches the other one.
                node = nextNode();
            } catch (IOException e) {
                // Node killed while handling it: the request may or may not have been stored.
                unanswered.incrementAndGet();
                append("unanswered.txt", node + " " + e);
                return null;
            }
        }
        return null;
    }

    private String intakeOn(String node) throws IOException {
        var answer = send(HttpRequest.newBuilder(URI.create(node + "/api/requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(INTAKE, StandardCharsets.UTF_8)));
        if (answer.statusCode() == 201) {
            Matcher m = TICKET.matcher(answer.body());
            if (m.find()) {
                created.incrementAndGet();
                append("created.txt", m.group(1));
                return m.group(1);
            }
        }
        refused.incrementAndGet();
        append("refused.txt", answer.statusCode() + " " + node + " " + oneLine(answer.body()));
        return null;
    }

    /** Works the ticket's first {@code depth} steps; a step that cannot be done is recorded in stuck.txt. */
    private void drive(String ticket, int depth) {
        int done = 0;
        for (; done < depth && running(); done++) {
            if (!work(ticket, JOURNEY.get(done))) {
                if (running()) {
                    stuck.incrementAndGet();
                    append("stuck.txt", ticket + " " + JOURNEY.get(done).taskKey());
                }
                return;
            }
        }
        if (done == JOURNEY.size()) {
            closed.incrementAndGet();
            append("closed.txt", ticket);
        }
    }

    private boolean work(String ticket, Step step) {
        boolean submitUnanswered = false;
        for (int attempt = 0; attempt < STEP_ATTEMPTS && running(); attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                pause(500);
            }
            String node = nextNode();
            String taskId;
            try {
                var tasks = send(staff(step.user(), node + "/engine-rest/task?processInstanceBusinessKey=" + ticket
                        + "&taskDefinitionKey=" + step.taskKey()).GET());
                if (tasks.statusCode() != 200) {
                    continue;
                }
                Matcher m = TASK_ID.matcher(tasks.body());
                if (!m.find()) {
                    // Gone: an earlier submit whose answer was lost did complete it.
                    if (submitUnanswered) {
                        return true;
                    }
                    continue;
                }
                taskId = m.group(1);
            } catch (IOException e) {
                continue;
            }
            try {
                submits.incrementAndGet();
                var submitted = send(staff(step.user(), node + "/engine-rest/task/" + taskId + "/submit-form")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":" + step.variables() + "}",
                                StandardCharsets.UTF_8)));
                if (submitted.statusCode() == 204) {
                    return true;
                }
                // 500 "updated by another transaction concurrently" (an SLA timer fired), 503 while the database
                // connection pool of a half-started node is not ready: look again and resubmit, as a person would.
                append("step-errors.txt", ticket + " " + step.taskKey() + " " + submitted.statusCode() + " "
                        + oneLine(submitted.body()));
            } catch (IOException e) {
                submitUnanswered = true;
            }
        }
        return false;
    }

    private HttpRequest.Builder staff(String user, String url) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String nextNode() {
        return nodes.get(Math.floorMod(roundRobin.getAndIncrement(), nodes.size()));
    }

    private synchronized void append(String file, String line) {
        try {
            Files.writeString(out.resolve(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }

    private static String str(String value) {
        return "{\"value\":\"" + value + "\",\"type\":\"String\"}";
    }

    private static String bool(boolean value) {
        return "{\"value\":" + value + ",\"type\":\"Boolean\"}";
    }

    private static String vars(String... namesAndValues) {
        var json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(namesAndValues[i]).append("\":").append(namesAndValues[i + 1]);
        }
        return json.append('}').toString();
    }
}
