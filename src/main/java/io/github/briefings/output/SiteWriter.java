package io.github.briefings.output;

import io.github.briefings.content.Problem;
import io.github.briefings.content.Problems;
import io.github.briefings.render.PageJob;
import io.github.briefings.render.PageRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes pages and copies files into a folder; each page is streamed to its file as it renders. */
public final class SiteWriter {

    private final Path root;
    private final PageRenderer renderer;
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger files = new AtomicInteger();
    private final Set<Path> madeDirectories = ConcurrentHashMap.newKeySet();

    public SiteWriter(Path root, PageRenderer renderer) {
        this.root = root;
        this.renderer = renderer;
    }

    /** Renders and writes one page; a template problem goes to {@code problems}. */
    public void write(PageJob job, Problems problems) {
        Path file = target(job.sitePath());
        try {
            makeDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                Optional<Problem> problem = renderer.render(job, out);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    return;
                }
            }
            pages.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Copies one file to its site-relative path. */
    public void copy(String sitePath, Path source) {
        Path file = target(sitePath);
        try {
            makeDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + file, e);
        }
    }

    public int pagesWritten() {
        return pages.get();
    }

    public int filesCopied() {
        return files.get();
    }

    /** Creates a folder and its parents once per build (each folder is asked for by many files). */
    private void makeDirectories(Path dir) throws IOException {
        if (madeDirectories.contains(dir)) {
            return;
        }
        if (!dir.equals(root)) {
            makeDirectories(dir.getParent());
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another thread at the same time
            }
        }
        madeDirectories.add(dir);
    }

    private Path target(String sitePath) {
        Path file = root.resolve(sitePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + sitePath);
        }
        return file;
    }
}
