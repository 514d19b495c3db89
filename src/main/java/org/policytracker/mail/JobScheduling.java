package org.policytracker.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled jobs (mail delivery, reminders) unless {@code policy-tracker.jobs.enabled} is false:
 * the tests switch them off and run a job when they choose. Each job holds a ShedLock lock
 * ({@link org.policytracker.mail.query.JobLockConfiguration}), so a cluster runs it on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "policy-tracker.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobScheduling {
}
