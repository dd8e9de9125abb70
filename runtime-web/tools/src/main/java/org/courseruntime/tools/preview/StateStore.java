package org.courseruntime.tools.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;

/**
 * The xAPI State API's documents: one per activity, agent, registration and state id, with its content type. With a
 * file, the whole set is rewritten on each change (the preview holds few) and read back at start.
 */
final class StateStore {
    /** A stored document. */
    record Document(String contentType, byte[] content) {
    }

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Path file;

    StateStore(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                Map<?, ?> saved = (Map<?, ?>) JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
                saved.forEach((key, value) -> {
                    Map<?, ?> document = (Map<?, ?>) value;
                    String[] parts = ((String) key).split("\n", 4); // saved by an older preview with the agent as sent
                    documents.put(parts.length == 4 ? key(parts[0], parts[1], parts[2], parts[3]) : (String) key,
                            new Document((String) document.get("contentType"),
                                    Base64.getDecoder().decode((String) document.get("content"))));
                });
            } catch (JsonSyntaxException e) {
                throw new IOException(file + " is damaged: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The key of a document: activity, the agent's {@linkplain StateParameters#identity identity}, registration (may be
     * null) and state id.
     */
    static String key(String activityId, String agent, String registration, String stateId) {
        return activityId + "\n" + StateParameters.identity(agent) + "\n" + registration + "\n" + stateId;
    }

    synchronized Document get(String key) {
        return documents.get(key);
    }

    /** The state ids of the documents whose key begins with {@code prefix}, a {@link #key} with an empty state id. */
    synchronized List<String> ids(String prefix) {
        List<String> ids = new ArrayList<>();
        for (String key : documents.keySet()) {
            if (key.startsWith(prefix)) {
                ids.add(key.substring(prefix.length()));
            }
        }
        return ids;
    }

    synchronized void put(String key, Document document) throws IOException {
        documents.put(key, document);
        save();
    }

    synchronized void delete(String key) throws IOException {
        documents.remove(key);
        save();
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        Map<String, Object> saved = new LinkedHashMap<>();
        documents.forEach((key, document) -> saved.put(key, Map.of("contentType", document.contentType(),
                "content", Base64.getEncoder().encodeToString(document.content()))));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JsonWriter.write(saved), StandardCharsets.UTF_8);
    }
}
