package com.maintflow.intake;

import java.util.List;

/**
 * Where the request view gets its SLA clocks. Implemented by the SLA capability, which itself reads the register,
 * so intake names what it needs here instead of depending back on it.
 */
public interface RequestSlaSource {

    List<RequestView.SlaClock> clocksOf(String ticket);
}
