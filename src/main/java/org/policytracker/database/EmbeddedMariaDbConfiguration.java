package org.policytracker.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.policytracker.database.EmbeddedDbAccounts.Account;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded default: when no external database is configured (no {@code spring.datasource.url},
 * e.g. no {@code SPRING_DATASOURCE_URL}), the application runs its own MariaDB server. The
 * application connects as an account that may only read and write rows; Flyway migrates as the
 * schema's owner, through connections of its own that close when it is done.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMariaDbConfiguration.NoExternalDatabase.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties settings) {
        return EmbeddedMariaDb.acquire(settings);
    }

    /** The pool's timeouts ({@code spring.datasource.hikari.*}) hold for the embedded server too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb server, EmbeddedMariaDbProperties settings) {
        return connections(HikariDataSource.class, server, settings, server.accounts().application());
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedMariaDb server, EmbeddedMariaDbProperties settings) {
        return connections(SimpleDriverDataSource.class, server, settings, server.accounts().migration());
    }

    private static <T extends DataSource> T connections(Class<T> type, EmbeddedMariaDb server,
            EmbeddedMariaDbProperties settings, Account account) {
        return DataSourceBuilder.create()
                .type(type)
                .url(server.jdbcUrl(settings.database()))
                .username(account.user())
                .password(account.password())
                .build();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
