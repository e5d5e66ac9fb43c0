package com.maintflow.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.tasklist.FormText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The document manager's checklist (归档清单): every section the request's bundle would seal now, with how many
 * records it holds, and each mailed file by name and size — drawn from the very bundle that sealing writes, so the
 * list cannot promise what the archive leaves out. Markdown for a form-js text component; file names are
 * customer-written, so they are made literal.
 */
@Component
class ArchiveChecklist {

    static final String VARIABLE = "archiveChecklist";
    private static final int FILES_LISTED = 30;

    private static final Map<String, String> LABELS = labels();

    private final Archives archives;
    private final Map<String, String> otherLabels = new LinkedHashMap<>();

    ArchiveChecklist(Archives archives, List<ArchivedRecords> otherRecords) {
        this.archives = archives;
        otherRecords.forEach(other -> otherLabels.put(other.section(), other.label()));
    }

    String of(String ticket) {
        JsonNode bundle = CanonicalJson.tree(archives.preview(ticket));
        List<String> lines = new ArrayList<>();
        LABELS.forEach((section, label) -> lines.add(line(label, bundle.path(section))));
        otherLabels.forEach((section, label) -> {
            if (bundle.has(section)) {
                lines.add(line(label, bundle.path(section)));
                files(bundle.path(section)).forEach(lines::add);
            }
        });
        lines.add(line("审计轨迹（流程步骤）/ Audit trail (process steps)", bundle.path("auditTrail").path("steps")));
        return String.join("\n\n", lines);
    }

    /** {@code ☑ label: n} for a list, present or absent for a single record. */
    private static String line(String label, JsonNode records) {
        if (records.isArray()) {
            return (records.isEmpty() ? "☐ " : "☑ ") + label + ": " + records.size();
        }
        return records.isMissingNode() || records.isNull() ? "☐ " + label + ": —" : "☑ " + label + ": 1";
    }

    /** One indented line per record that is a file (has a file name), the first {@value #FILES_LISTED} of them. */
    private static List<String> files(JsonNode records) {
        List<String> files = new ArrayList<>();
        for (JsonNode record : records) {
            if (record.hasNonNull("filename") && files.size() < FILES_LISTED) {
                files.add("• " + FormText.literal(FormText.clip(record.path("filename").asText(), 120))
                        + " (" + record.path("sizeBytes").asLong() + " bytes)");
            }
        }
        return files;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("request", "维护请求登记 / Request register entry");
        labels.put("feedbackSheets", "用户问题反馈及落实情况表 / Feedback and resolution sheets");
        labels.put("quotes", "报价 / Quotes");
        labels.put("maintenancePlans", "维护方案 / Maintenance plans");
        labels.put("maintenanceRecords", "支持维护记录 / Maintenance records");
        labels.put("acceptanceRounds", "验收记录 / Acceptance rounds");
        labels.put("customerOpinion", "客户意见 / Customer opinion");
        labels.put("maintenanceSummary", "维护总结 / Maintenance summary");
        labels.put("customerReceipt", "客户回执 / Customer receipt");
        labels.put("timeline", "时间线 / Timeline entries");
        return labels;
    }
}
