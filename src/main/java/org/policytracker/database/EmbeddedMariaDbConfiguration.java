package org.policytracker.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded default: when no external database is configured (no {@code spring.datasource.url},
 * e.g. no {@code SPRING_DATASOURCE_URL}), the application runs its own MariaDB server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMariaDbConfiguration.NoExternalDatabase.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties settings) {
        return EmbeddedMariaDb.acquire(settings);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, EmbeddedMariaDbProperties settings) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl(settings.database()))
                .username("root")
                .password("")
                .build();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
