package com.maintflow.emergency;

import com.maintflow.archive.ArchivedRecords;
import java.util.List;
import org.springframework.stereotype.Component;

/** The request's emergencies, checklist and post-incident review included, go into its sealed archive. */
@Component
class EmergencyArchivedRecords implements ArchivedRecords {

    private final EmergencyResponses emergencies;

    EmergencyArchivedRecords(EmergencyResponses emergencies) {
        this.emergencies = emergencies;
    }

    @Override
    public String section() {
        return "emergencies";
    }

    @Override
    public String label() {
        return "应急响应记录（检查单、事后评审）/ Emergency responses (checklist, post-incident review)";
    }

    @Override
    public List<?> of(String ticket) {
        return emergencies.of(ticket);
    }
}
