package dev.newsflow.testkit;

import org.testcontainers.DockerClientFactory;

/**
 * Where a test service runs: in a Testcontainers container when a Docker engine is reachable, otherwise
 * in this JVM or as local binaries. A system property ({@code embedded} or {@code container}) forces
 * one of them, so the same tests can be run against both on a machine that has Docker.
 */
final class ServiceMode {

    private ServiceMode() {}

    /** Whether the service named by {@code property} should run in a container. */
    static boolean useContainer(String property) {
        String mode = System.getProperty(property, "");
        return switch (mode) {
            case "embedded" -> false;
            case "container" -> true;
            case "" -> DockerClientFactory.instance().isDockerAvailable();
            default -> throw new IllegalArgumentException(
                    property + " must be 'embedded' or 'container', not '" + mode + "'");
        };
    }
}
