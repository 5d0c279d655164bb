package org.otklik.config;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keeps a value loaded from a config directory current: on any change under the directory the value is
 * loaded anew and swapped in; a broken edit is reported and the last good value stays in force, so an
 * administrator's typo never stops the service.
 */
public final class ConfigWatch<T> implements AutoCloseable {
    private final Path dir;
    private final Function<Path, T> loader;
    private final Consumer<ConfigException> onError;
    private final AtomicReference<T> current = new AtomicReference<>();
    private final WatchService watcher;
    private final Thread thread;
    private volatile Consumer<T> onReload = t -> { };

    /** Loads once now (a broken directory fails here, at start), then watches. */
    public ConfigWatch(Path dir, Function<Path, T> loader, Consumer<ConfigException> onError) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.onError = Objects.requireNonNull(onError, "onError");
        current.set(loader.apply(dir));
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            registerTree();
        } catch (IOException e) {
            throw new ConfigException(dir, 0, null, "cannot watch for changes: " + e.getMessage(), e);
        }
        this.thread = Thread.ofPlatform().daemon().name("config-watch-" + dir.getFileName()).unstarted(this::run);
        thread.start();
    }

    public T current() {
        return current.get();
    }

    /** Called with each newly loaded value (not with the first one). */
    public void onReload(Consumer<T> listener) {
        this.onReload = Objects.requireNonNull(listener);
    }

    /** Loads now; returns true when the new value took effect. */
    public boolean reload() {
        try {
            T next = loader.apply(dir);
            current.set(next);
            onReload.accept(next);
            return true;
        } catch (ConfigException e) {
            onError.accept(e);
            return false;
        }
    }

    private void registerTree() throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // editors write a file in several steps: wait for the burst to end, then load once
                WatchKey more;
                do {
                    key.pollEvents();
                    key.reset();
                    more = watcher.poll(300, TimeUnit.MILLISECONDS);
                    if (more != null) {
                        key = more;
                    }
                } while (more != null);
                registerTree();
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            onError.accept(new ConfigException(dir, 0, null, "stopped watching for changes: " + e.getMessage(), e));
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
