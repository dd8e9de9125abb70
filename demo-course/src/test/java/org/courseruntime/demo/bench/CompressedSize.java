package org.courseruntime.demo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * What a file costs on the wire: raw, gzip (java.util.zip at its default level, as the build's size budget counts
 * it) and brotli (Node's zlib at quality 11, through src/test/bench/brotli-size.js: the JDK has no brotli).
 */
record CompressedSize(long raw, long gzip, long brotli) {
    static List<CompressedSize> of(List<Path> files) throws IOException, InterruptedException {
        List<Long> brotli = brotli(files);
        List<CompressedSize> sizes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] content = Files.readAllBytes(files.get(i));
            sizes.add(new CompressedSize(content.length, gzip(content), brotli.get(i)));
        }
        return sizes;
    }

    private static long gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.size();
    }

    private static List<Long> brotli(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", PeerInstall.DIRECTORY.resolve("brotli-size.js").toString()));
        files.forEach(file -> command.add(file.toString()));
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(1, TimeUnit.MINUTES) || node.exitValue() != 0) {
            throw new IllegalStateException("brotli-size.js failed: " + output);
        }
        List<Long> sizes = output.lines().map(Long::parseLong).toList();
        if (sizes.size() != files.size()) {
            throw new IllegalStateException("brotli-size.js gave " + sizes.size() + " sizes for " + files.size() + " files");
        }
        return sizes;
    }
}
