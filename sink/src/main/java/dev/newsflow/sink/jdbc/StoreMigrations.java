package dev.newsflow.sink.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a store's schema to the newest version with Flyway, from the dialect's own migrations
 * ({@code db/migration/sqlite}, {@code db/migration/postgresql}): one schema, two column-type flavours.
 */
final class StoreMigrations {

    private StoreMigrations() {}

    static void migrate(String jdbcUrl, SqlDialect dialect) throws StoreException {
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, null, null)
                    .locations(dialect.migrations())
                    // A store created by newsflow before migrations existed has tables but no history:
                    // baseline it at 0 so V1 (CREATE … IF NOT EXISTS) adopts it and V2 on migrates it.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
