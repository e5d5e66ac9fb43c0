package com.maintflow.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V31 (Spring Boot hands Flyway every {@link JavaMigration} bean): chains the bundles sealed before the hash
 * chain existed, in the order they were sealed (id), and sets the head. Java rather than SQL because H2 and
 * MySQL/MariaDB spell SHA-256 differently and each link needs the one before. The bundles' content and sha256 stay
 * untouched, so their {@code /verify} answer does not change.
 */
@Component
class ArchiveChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("31");
    }

    @Override
    public String getDescription() {
        return "chain archive records sealed before V30";
    }

    @Override
    public Integer getChecksum() {
        return 31;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long position = 0;
        String previous = ArchiveChainHead.GENESIS;
        try (var read = connection.prepareStatement(
                "SELECT id, sha256 FROM mf_archive_record WHERE chain_position IS NULL ORDER BY id");
             var write = connection.prepareStatement("UPDATE mf_archive_record"
                     + " SET chain_position = ?, previous_sha256 = ?, chain_sha256 = ? WHERE id = ?");
             ResultSet unchained = read.executeQuery()) {
            while (unchained.next()) {
                String link = ArchiveChainHead.link(previous, unchained.getString("sha256"));
                position++;
                update(write, position, previous, link, unchained.getLong("id"));
                previous = link;
            }
            write.executeBatch();
        }
        try (var head = connection.prepareStatement(
                "UPDATE mf_archive_chain_head SET chain_length = ?, head_sha256 = ? WHERE id = 1")) {
            head.setLong(1, position);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }

    private static void update(PreparedStatement write, long position, String previous, String link, long id)
            throws SQLException {
        write.setLong(1, position);
        write.setString(2, previous);
        write.setString(3, link);
        write.setLong(4, id);
        write.addBatch();
    }
}
