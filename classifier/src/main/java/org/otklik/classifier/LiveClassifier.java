package org.otklik.classifier;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.otklik.config.ConfigException;
import org.otklik.config.ConfigWatch;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Classification;
import org.otklik.core.Post;
import org.otklik.core.PostClassifier;

/**
 * A classifier that re-reads its dictionaries, thresholds, gazetteers and corpus when the configuration directory
 * changes, without a restart. A broken edit is reported to {@code onError} and the last good classifier stays.
 */
public final class LiveClassifier implements PostClassifier, AutoCloseable {
    private final ConfigWatch<Classifier> watch;

    public LiveClassifier(Path configDir, Path modelCache, Clock clock, Consumer<ConfigException> onError) {
        // the surge detector's memory outlives reloads: an edited dictionary must not forget the last hours' posts
        Classifier.Surge surge = new Classifier.Surge(ClassifierSettings.load(configDir.resolve("classifier.yaml")));
        this.watch = new ConfigWatch<>(configDir, dir -> Classifier.load(OtklikConfig.load(dir), modelCache, clock, surge), onError);
    }

    @Override
    public Classification classify(Post post) {
        return watch.current().classify(post);
    }

    /** Loads now instead of waiting for the file watcher; true when the new configuration took effect. */
    public boolean reload() {
        return watch.reload();
    }

    /** Called with each newly loaded classifier. */
    public void onReload(Consumer<Classifier> listener) {
        watch.onReload(listener);
    }

    @Override
    public void close() {
        watch.close();
    }
}
