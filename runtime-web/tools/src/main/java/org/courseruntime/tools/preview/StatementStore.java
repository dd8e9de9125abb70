package org.courseruntime.tools.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;

/**
 * The statements the preview LRS accepted, in the order it stored them. Storing a batch is all or nothing, and a
 * statement id already stored with the same content is accepted again without a copy (a resend is idempotent).
 * With a file, every stored statement is appended to it as one JSON line and read back at start, so the preview
 * survives a restart.
 */
final class StatementStore {
    /** Why a batch was refused because of ids already stored with other content. */
    static final class ConflictException extends Exception {
        ConflictException(String message) {
            super(message);
        }
    }

    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    private final Path file;

    /** A store kept in {@code file} (created if absent), or in memory only when {@code file} is {@code null}. */
    StatementStore(Path file) throws IOException {
        this.file = file;
        if (file == null) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Map<String, Object> statement = asStatement(line);
                    byId.put((String) statement.get("id"), statement);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asStatement(String line) throws IOException {
        try {
            return (Map<String, Object>) JsonReader.parse(line);
        } catch (JsonSyntaxException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Stores {@code statements} (each with its id set); all or none. */
    synchronized void storeAll(List<Map<String, Object>> statements, String storedAt) throws ConflictException {
        Map<String, Map<String, Object>> fresh = new LinkedHashMap<>();
        for (Map<String, Object> statement : statements) {
            String id = (String) statement.get("id");
            Map<String, Object> earlier = byId.containsKey(id) ? byId.get(id) : fresh.get(id);
            if (earlier != null && !sameContent(earlier, statement)) {
                throw new ConflictException("Statement " + id + " is already stored with different content");
            }
            if (earlier == null) {
                Map<String, Object> stored = new LinkedHashMap<>(statement);
                stored.put("stored", storedAt);
                stored.putIfAbsent("timestamp", storedAt);
                stored.put("version", "1.0.3");
                fresh.put(id, stored);
            }
        }
        if (file != null && !fresh.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            fresh.values().forEach(statement -> lines.append(JsonWriter.write(statement)).append('\n'));
            try {
                Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byId.putAll(fresh);
    }

    synchronized Map<String, Object> find(String id) {
        return byId.get(id);
    }

    /** Every statement, newest first. */
    synchronized List<Map<String, Object>> newestFirst() {
        List<Map<String, Object>> all = new ArrayList<>(byId.values());
        java.util.Collections.reverse(all);
        return all;
    }

    private static boolean sameContent(Map<String, Object> stored, Map<String, Object> offered) {
        Map<String, Object> a = new LinkedHashMap<>(stored);
        Map<String, Object> b = new LinkedHashMap<>(offered);
        for (String lrsSet : List.of("stored", "version", "authority")) {
            a.remove(lrsSet);
            b.remove(lrsSet);
        }
        if (!b.containsKey("timestamp")) {
            a.remove("timestamp");
        }
        return a.equals(b);
    }
}
