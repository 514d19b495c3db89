package org.policytracker.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.policytracker.audit.Attributed;

/** The first answer to an API submission sent with an Idempotency-Key, kept to answer retries. */
@Entity
@Table(name = "api_idempotency_key")
class IdempotencyRecord extends Attributed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private String requestHash;

    @Column(nullable = false, updatable = false)
    private int responseStatus;

    @Column(nullable = false, updatable = false)
    private String responseBody;

    @Column(updatable = false)
    private Long reportId;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String key, String requestHash, int responseStatus, String responseBody, Long reportId) {
        this.key = key;
        this.requestHash = requestHash;
        this.responseStatus = responseStatus;
        this.responseBody = responseBody;
        this.reportId = reportId;
    }

    String getKey() {
        return key;
    }

    String getRequestHash() {
        return requestHash;
    }

    int getResponseStatus() {
        return responseStatus;
    }

    String getResponseBody() {
        return responseBody;
    }

    Long getReportId() {
        return reportId;
    }
}
