package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import picocli.CommandLine.Option;

/** Which interface a long-running command's HTTP port (metrics, health, status page) listens on. */
final class HttpBindOption {

    @Option(names = "--http-bind-address", paramLabel = "ADDRESS",
            description = "Interface of /metrics, /health, /ready and the status page, e.g. 127.0.0.1 (config observe.bind-address; default: all interfaces).")
    String address;

    ConfigFlags addTo(ConfigFlags flags) {
        return flags.set("observe.bind-address", address);
    }
}
