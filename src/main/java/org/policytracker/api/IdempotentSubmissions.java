package org.policytracker.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.policytracker.uptake.ReportInput;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportViolation;
import org.policytracker.uptake.ReportingService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions made safe to retry: the first submission with an Idempotency-Key stores its answer
 * with the key (in the same transaction as the report); a retry with the same key and the same
 * body gets that answer again and writes nothing; the same key with another body is refused.
 */
@Service
class IdempotentSubmissions {

    /** The column's length (api_idempotency_key.idempotency_key). */
    static final int MAX_KEY_LENGTH = 200;
    static final String KEY_RULE = "must be 1 to " + MAX_KEY_LENGTH
            + " visible ASCII characters (a UUID is a good key)";

    private final ReportingService reporting;
    private final IdempotencyRecordRepository records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotentSubmissions(ReportingService reporting, IdempotencyRecordRepository records,
            TransactionTemplate transaction, JsonMapper json) {
        this.reporting = reporting;
        this.records = records;
        this.transaction = transaction;
        this.json = json;
    }

    /** An answer to a submission: its status and JSON body, and whether it repeats an earlier one. */
    record Answer(int status, String body, long reportId, boolean replayed) {
    }

    Answer submit(ReportInput input) {
        ReportRow written = reporting.submit(input);
        return new Answer(201, json.writeValueAsString(written), written.id(), false);
    }

    Answer submit(String key, ReportInput input) {
        checkKey(key);
        String hash = hash(input);
        try {
            return transaction.execute(status -> records.findByKey(key)
                    .map(earlier -> replay(earlier, hash))
                    .orElseGet(() -> {
                        Answer answer = submit(input);
                        records.saveAndFlush(new IdempotencyRecord(key, hash, answer.status(), answer.body(),
                                answer.reportId()));
                        return answer;
                    }));
        } catch (DataIntegrityViolationException | ReportRejectedException concurrent) {
            // Another request with the same key may have won the race: answer as it was answered.
            return transaction.execute(status -> records.findByKey(key).map(earlier -> replay(earlier, hash)))
                    .orElseThrow(() -> concurrent);
        }
    }

    private static Answer replay(IdempotencyRecord earlier, String hash) {
        if (!earlier.getRequestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException(earlier.getKey());
        }
        return new Answer(earlier.getResponseStatus(), earlier.getResponseBody(), earlier.getReportId(), true);
    }

    static boolean isValidKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    private static void checkKey(String key) {
        if (!isValidKey(key)) {
            throw new ReportRejectedException(ReportViolation.invalid(ReportingApiController.IDEMPOTENCY_KEY, KEY_RULE));
        }
    }

    /** SHA-256 of the body as read (field order fixed by the record), so formatting does not matter. */
    private String hash(ReportInput input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
