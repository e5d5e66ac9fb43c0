package com.maintflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of one section goes, from Java Flight Recorder's execution samples (the JDK's "profile"
 * settings, a sample every 10 ms per running thread) of the thread that runs it. Two views: the top frame of
 * each sample (self time, whatever library it is in), and the innermost MaintFlow frame on each sample's stack
 * (which of MaintFlow's own classes the time is spent under). The recording is kept as
 * {@code target/bench/<name>.jfr} for {@code jfr print --events jdk.ExecutionSample} or JDK Mission Control.
 */
final class FlightRecorderProfile {

    private static final int TOP = 15;
    private static final String OWN_CODE = "com.maintflow.";
    private static final String BENCH_CODE = "com.maintflow.bench.";

    private FlightRecorderProfile() {
    }

    static Map<String, Object> of(String name, Runnable section) throws IOException, ParseException {
        Path file = Path.of("target/bench", name + ".jfr");
        Files.createDirectories(file.getParent());
        String thread = Thread.currentThread().getName();
        try (var recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            section.run();
            recording.stop();
            recording.dump(file);
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getThread("sampledThread") == null
                    || !thread.equals(event.getThread("sampledThread").getJavaName()) || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(frameName(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(FlightRecorderProfile::isOwnCode).findFirst()
                    .ifPresent(frame -> own.merge(frameName(frame), 1, Integer::sum));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("samples", samples);
        result.put("topSelfFrames", top(self, samples));
        result.put("topMaintFlowFrames", top(own, samples));
        return result;
    }

    private static boolean isOwnCode(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith(OWN_CODE) && !type.startsWith(BENCH_CODE);
    }

    private static String frameName(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1) + "." + frame.getMethod().getName();
    }

    private static List<Map<String, Object>> top(Map<String, Integer> counts, int samples) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP)
                .map(entry -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("frame", entry.getKey());
                    row.put("samples", entry.getValue());
                    row.put("share", samples == 0 ? 0 : entry.getValue() / (double) samples);
                    return row;
                })
                .toList();
    }
}
