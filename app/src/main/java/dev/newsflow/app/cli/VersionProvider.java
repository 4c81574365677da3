package dev.newsflow.app.cli;

import dev.newsflow.enrich.Enricher;
import picocli.CommandLine;

/** {@code newsflow --version}: the build and the extractor version enriched events carry. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String build = NewsflowCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "newsflow " + (build == null ? "(development build)" : build),
            "extractor " + Enricher.VERSION
        };
    }
}
