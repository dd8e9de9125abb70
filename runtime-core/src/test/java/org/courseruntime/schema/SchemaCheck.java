package org.courseruntime.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

/** One of the schemas beside the checker, run as an editor runs it: what it finds wrong with a document's text. */
final class SchemaCheck {
    /** The schemas' {@code $id}s start with it; the validator reads them from the classpath, as the jar carries them. */
    private static final String BASE = "https://courseruntime.org/schema/";
    private static final String RESOURCES = "org/courseruntime/schema/";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory
            .builder(JsonSchemaFactory.getInstance(VersionFlag.V202012))
            .schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:" + RESOURCES)).build();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
            .regularExpressionFactory(SchemaCheck::ecmaScriptPattern).build();

    private final String file;

    SchemaCheck(String file) {
        this.file = file;
    }

    /** What the schema refuses, at a JSON pointer ({@code /sections/0/id}; the root is ""). */
    record Refusal(String pointer, String message) {
    }

    /** What the schema refuses in {@code text}; a text that is not JSON is refused at the root, as by an editor. */
    List<Refusal> refusals(String text) {
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of(new Refusal("", "not JSON: " + e.getOriginalMessage()));
        }
        if (document.isMissingNode()) {
            return List.of(new Refusal("", "not JSON: no value"));
        }
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + file), CONFIG); // the factory keeps it once read
        return schema.validate(document).stream()
                .map(message -> new Refusal(message.getInstanceLocation().toString(), message.getMessage())).toList();
    }

    /** The schema as JSON. */
    JsonNode tree() throws IOException {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
            return JSON.readTree(in);
        }
    }

    /** What the draft 2020-12 meta-schema finds wrong with this schema. */
    List<String> metaSchemaErrors() throws IOException {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        return metaSchema.validate(tree()).stream().map(Object::toString).toList();
    }

    /**
     * A pattern as ECMAScript reads it, the dialect JSON Schema names and editors run: there a final {@code $} is the
     * end of the text, where java.util.regex, which the validator uses, also matches it before a final line break.
     */
    private static RegularExpression ecmaScriptPattern(String regex) {
        Pattern pattern = Pattern.compile(regex.endsWith("$") ? regex.substring(0, regex.length() - 1) + "\\z" : regex);
        return value -> pattern.matcher(value).find();
    }
}
