package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcStorageConfigTest {

    @Test
    void sqliteUsesTheAbsolutePathOfTheFileAndNoCredentials() {
        Path file = Path.of("data", "helpdesk.db");

        JdbcStorageConfig config = JdbcStorageConfig.sqlite(file);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:sqlite:" + file.toAbsolutePath());
        assertThat(config.user()).isEmpty();
        assertThat(config.password()).isEmpty();
        assertThat(config.maxPoolSize()).isEqualTo(JdbcStorageConfig.DEFAULT_SQLITE_POOL_SIZE);
        assertThat(config.isSqlite()).isTrue();
    }

    @Test
    void postgresKeepsUrlAndCredentials() {
        JdbcStorageConfig config = JdbcStorageConfig.postgres("jdbc:postgresql://db:5432/helpdesk", "hd", "s3cret");

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/helpdesk");
        assertThat(config.user()).isEqualTo("hd");
        assertThat(config.password()).isEqualTo("s3cret");
        assertThat(config.maxPoolSize()).isEqualTo(JdbcStorageConfig.DEFAULT_POSTGRES_POOL_SIZE);
        assertThat(config.isSqlite()).isFalse();
    }

    @Test
    void blankUrlIsRejected() {
        assertThatThrownBy(() -> new JdbcStorageConfig("  ", "", "", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbcUrl");
    }

    @Test
    void otherDatabasesAreRejectedWithoutEchoingTheUrl() {
        assertThatThrownBy(() -> new JdbcStorageConfig("jdbc:mysql://db/hd?password=hunter2", "", "", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbcUrl")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void postgresFactoryRejectsAnSqliteUrl() {
        assertThatThrownBy(() -> JdbcStorageConfig.postgres("jdbc:sqlite:/tmp/x.db", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void poolSizeBelowOneIsRejected() {
        assertThatThrownBy(() -> JdbcStorageConfig.sqlite(Path.of("x.db")).withMaxPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPoolSize");
        assertThat(JdbcStorageConfig.sqlite(Path.of("x.db")).withMaxPoolSize(1).maxPoolSize()).isEqualTo(1);
    }

    @Test
    void nullComponentsAreProgrammingErrors() {
        assertThatThrownBy(() -> new JdbcStorageConfig("jdbc:sqlite:x.db", null, "", 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("user");
    }

    @Test
    void toStringNeverShowsThePassword() {
        JdbcStorageConfig config = new JdbcStorageConfig(
                "jdbc:postgresql://db/hd?user=hd&password=urlsecret&ssl=true", "hd", "s3cret", 5);

        assertThat(config.toString())
                .contains("jdbc:postgresql://db/hd?user=hd&password=****&ssl=true", "user=hd", "maxPoolSize=5")
                .doesNotContain("s3cret", "urlsecret");
    }
}
