package com.maintflow.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.maintflow.system.Sha256;

/**
 * Canonical JSON for sealing: keys sorted at every level, no whitespace, ISO-8601 instants, plain
 * decimals, UTF-8. The same bundle always gives the same bytes, so its SHA-256 can be recomputed.
 */
final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CanonicalJson() {
    }

    static String write(Object bundle) {
        try {
            return MAPPER.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Archive bundle cannot be written as JSON", e);
        }
    }

    /** The bundle as the JSON tree it is sealed as. */
    static JsonNode tree(Object bundle) {
        return MAPPER.valueToTree(bundle);
    }

    static String sha256(String content) {
        return Sha256.hex(content);
    }
}
