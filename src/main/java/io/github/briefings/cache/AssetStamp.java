package io.github.briefings.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint of the files under {@code content/} that briefings use but are not briefings (photos,
 * sidecars): each one's path, size and modification time. Any change to one reloads every briefing.
 */
final class AssetStamp {

    private AssetStamp() {
    }

    static String of(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            return "-";
        }
        Map<String, String> files = new TreeMap<>();
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (!file.getFileName().toString().endsWith(".md")) {
                        files.put(contentDir.relativize(file).toString(), a.size() + " "
                                + a.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentDir, e);
        }
        Fingerprint f = new Fingerprint();
        files.forEach((path, stamp) -> f.add(path).add(stamp));
        return f.hex();
    }
}
