package org.otklik.app;

import java.nio.file.Path;
import org.otklik.config.OtklikConfig;
import picocli.CommandLine.Option;

/** The {@code --config DIR} option every command shares. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "DIR", description = "configuration directory (default: ${DEFAULT-VALUE})",
            defaultValue = "${env:OTKLIK_CONFIG:-config}")
    Path dir;

    OtklikConfig load() {
        return OtklikConfig.load(dir);
    }
}
