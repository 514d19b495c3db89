package org.policytracker.mail.query;

import java.time.ZoneOffset;
import java.util.TimeZone;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock that runs each scheduled job ({@code @SchedulerLock}) on one node of a cluster at a time:
 * ShedLock's JDBC provider on the {@code shedlock} table (V14), its times in UTC whatever a node's zone.
 * A job whose lock another node holds is skipped, not queued; a lock is released when its run ends, at
 * the latest after the job's lockAtMostFor (a node that died).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class JobLockConfiguration {

    @Bean
    LockProvider jobLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC))
                .build());
    }
}
