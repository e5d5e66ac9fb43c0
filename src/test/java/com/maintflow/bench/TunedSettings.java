package com.maintflow.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Our job executor settings, read from {@code config/application.yml} so the benchmark measures what ships. */
record TunedSettings(Map<String, Object> jobExecution, boolean acquireByDueDate) {

    @SuppressWarnings("unchecked")
    static TunedSettings read(Path applicationYml) throws IOException {
        try (Reader reader = Files.newBufferedReader(applicationYml)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            var bpm = (Map<String, Object>) ((Map<String, Object>) root.get("camunda")).get("bpm");
            var generic = (Map<String, Object>) ((Map<String, Object>) bpm.get("generic-properties")).get("properties");
            return new TunedSettings((Map<String, Object>) bpm.get("job-execution"),
                    Boolean.TRUE.equals(generic.get("jobExecutorAcquireByDueDate")));
        }
    }

    DefaultJobExecutor jobExecutor() {
        var executor = new DefaultJobExecutor();
        executor.setWaitTimeInMillis(intValue("wait-time-in-millis"));
        executor.setMaxWait(intValue("max-wait"));
        executor.setMaxJobsPerAcquisition(intValue("max-jobs-per-acquisition"));
        executor.setCorePoolSize(intValue("core-pool-size"));
        executor.setMaxPoolSize(intValue("max-pool-size"));
        executor.setQueueSize(intValue("queue-capacity"));
        executor.setLockTimeInMillis(intValue("lock-time-in-millis"));
        return executor;
    }

    private int intValue(String key) {
        Object value = jobExecution.get(key);
        if (!(value instanceof Integer number)) {
            throw new IllegalStateException("camunda.bpm.job-execution." + key + " missing in config/application.yml");
        }
        return number;
    }
}
