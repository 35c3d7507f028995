package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.store.Json;

/** The shipped OpenAPI document: its operations, and its schemas applied to real responses. */
final class OpenApiContract {
    final JsonNode spec;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/web/openapi.json")) {
            spec = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "GET /api/events", ... every operation the document declares. */
    Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        for (Iterator<String> paths = spec.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            spec.get("paths").get(path).fieldNames().forEachRemaining(m -> ops.add(m.toUpperCase() + " " + path));
        }
        return ops;
    }

    /** The statuses the document declares for one operation. */
    Set<Integer> statuses(String method, String path) {
        Set<Integer> s = new TreeSet<>();
        spec.get("paths").get(path).get(method.toLowerCase()).get("responses").fieldNames()
                .forEachRemaining(code -> s.add(Integer.parseInt(code)));
        return s;
    }

    /** Fails with every violation when the body does not match the named schema of the document. */
    void assertMatches(String schema, JsonNode body) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schema);
        root.set("components", spec.get("components"));
        Set<ValidationMessage> errors = factory.getSchema(root).validate(body);
        assertEquals(Set.of(), errors, schema + " does not match the response");
    }
}
