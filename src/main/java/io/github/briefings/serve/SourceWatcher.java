package io.github.briefings.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders (with directory-watcher: recursive, new sub-folders included) and hands each burst of
 * changes to a listener once the folders have been quiet for a moment, one burst at a time: changes
 * made while the listener runs make the next burst. Editors' scratch files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

    /** A burst that never goes quiet is still handed over after this long. */
    private static final Duration MAX_WAIT = Duration.ofMillis(500);

    private final DirectoryWatcher watcher;
    private final ExecutorService watching;
    private final ScheduledThreadPoolExecutor worker;
    private final long quietNanos;
    private final Consumer<Set<Path>> listener;
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> flush;
    private long firstPending;

    private SourceWatcher(List<Path> folders, Duration quiet, Consumer<Set<Path>> listener) throws IOException {
        this.quietNanos = quiet.toNanos();
        this.listener = listener;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "briefings-rebuild"));
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker.setRemoveOnCancelPolicy(true);
        this.watching = Executors.newSingleThreadExecutor(r -> daemon(r, "briefings-watch"));
        this.watcher = DirectoryWatcher.builder()
                .paths(folders)
                .listener(this::onEvent)
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .build();
        watcher.watchAsync(watching);
    }

    /**
     * Starts watching those of {@code folders} that exist.
     *
     * @param quiet how long the folders must stay unchanged before a burst is handed over
     * @param listener gets each burst's changed paths, on the watcher's own thread
     */
    public static SourceWatcher start(List<Path> folders, Duration quiet, Consumer<Set<Path>> listener)
            throws IOException {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        return new SourceWatcher(existing, quiet, listener);
    }

    /** Whether a file name is an editor's scratch file (backup, swap, lock), not a source. */
    static boolean ignored(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx") || n.endsWith(".swo")
                || n.startsWith(".#") || n.equals("4913") || n.endsWith(".tmp") || n.endsWith(".crdownload");
    }

    private void onEvent(DirectoryChangeEvent event) {
        Path path = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW ? event.rootPath() : event.path();
        if (path != null && !ignored(path)) {
            changed(path);
        }
    }

    /** Notes a change and (re)starts the quiet period. */
    synchronized void changed(Path path) {
        long now = System.nanoTime();
        if (pending.isEmpty()) {
            firstPending = now;
        }
        pending.add(path);
        if (flush != null) {
            flush.cancel(false);
        }
        long wait = now - firstPending >= MAX_WAIT.toNanos() ? 0 : quietNanos;
        try {
            flush = worker.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void flush() {
        Set<Path> burst;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            burst = Set.copyOf(pending);
            pending.clear();
        }
        listener.accept(burst);
    }

    /** Stops watching; a rebuild under way is allowed to finish (up to 30 s). */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        watching.shutdownNow();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
