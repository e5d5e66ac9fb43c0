package com.maintflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of MaintFlow, as a {@link Clock} bean: Camunda's engine time, which timers, history and job due
 * dates use. Records, deadlines, the outbox, the submission limit and Spring Modulith's publication dates all read
 * it, so a test that moves the engine clock ({@code ClockUtil.setCurrentTime}) moves every one of them together, and
 * no other class touches {@link ClockUtil}.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock() {
        this(ZoneOffset.UTC);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }
}
