package org.suqiu.intake.submission.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.platform.security.crypto.FieldCipher;

class SubmissionDocumentTest {

    private static final String K1 = key(1);
    private static final String K2 = key(2);
    private static final String LOOKUP = key(3);
    private static final FieldCipher UNDER_K1 = FieldCipher.fromBase64(Map.of("k1", K1), "k1", LOOKUP);
    private static final FieldCipher K2_CURRENT = FieldCipher.fromBase64(Map.of("k1", K1, "k2", K2), "k2", LOOKUP);

    private final Submission submission = new Submission("g-1", new TrackingNumber("SQ20261122ABCDEF"),
            new GrievanceInput(Channel.WEB, "form-1", "路灯坏了", null, "桐乡市梧桐街道某小区3幢101室",
                    new Contact("测试居民甲", "+86-139-1234-5678", "jia@example.com"), null),
            Instant.parse("2026-11-22T02:30:00Z"), "K7F3QX");

    @Test
    void shouldStoreContactAndAddressSealedAndTheProofsAsHashesOnly() {
        Document document = SubmissionDocument.of(submission, UNDER_K1);

        String stored = document.toJson();
        assertThat(stored).doesNotContain("测试居民甲", "139", "5678", "jia@example.com", "梧桐街道", "K7F3QX");
        assertThat(document.getString("address")).startsWith("v1:k1:");
        assertThat(document.get("contact", Document.class).getString("phone")).startsWith("v1:k1:");
        assertThat(document.get("proof", Document.class).getString("receiptCode")).hasSize(64);
    }

    @Test
    void shouldStillReadADocumentWrittenUnderK1AfterK2BecameCurrent() {
        Document underK1 = SubmissionDocument.of(submission, UNDER_K1);

        Submission read = SubmissionDocument.toSubmission(underK1, K2_CURRENT);

        assertThat(read.input().contact()).isEqualTo(new Contact("测试居民甲", "+86-139-1234-5678", "jia@example.com"));
        assertThat(read.input().address()).isEqualTo("桐乡市梧桐街道某小区3幢101室");
        Document proof = underK1.get("proof", Document.class);
        assertThat(SubmissionDocument.receiptCodeHash(K2_CURRENT, "K7F3QX")).isEqualTo(proof.getString("receiptCode"));
        assertThat(SubmissionDocument.phoneLast4Hash(K2_CURRENT, "5678")).isEqualTo(proof.getString("phoneLast4"));
        assertThat(SubmissionDocument.phoneLookup(K2_CURRENT, "13912345678"))
                .isEqualTo(underK1.get("contact", Document.class).getString("phoneLookup"));
        assertThat(SubmissionDocument.of(submission, K2_CURRENT).getString("address")).startsWith("v1:k2:");
    }

    @Test
    void shouldReadAContactStoredInClearBeforeEncryption() {
        Document legacy = SubmissionDocument.of(submission, UNDER_K1)
                .append("address", "旧地址").append("contact", new Document("name", "王女士").append("phone", "13800000000"));

        Submission read = SubmissionDocument.toSubmission(legacy, K2_CURRENT);

        assertThat(read.input().address()).isEqualTo("旧地址");
        assertThat(read.input().contact().phone()).isEqualTo("13800000000");
    }

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
