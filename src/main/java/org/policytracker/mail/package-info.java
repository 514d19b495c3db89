/**
 * Mail: the outbox (messages written in the transaction that caused them, sent by a worker with retries
 * and back-off), each person's delivery preferences, the signed one-click unsubscribe links, and the lock
 * that runs a scheduled job on one node of a cluster at a time (ShedLock on the database).
 */
package org.policytracker.mail;
