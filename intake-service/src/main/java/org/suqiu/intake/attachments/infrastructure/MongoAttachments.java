package org.suqiu.intake.attachments.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.suqiu.intake.attachments.application.Attachments;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.submission.infrastructure.SubmissionDocument;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attachments in two collections of their own (no GridFS: the store here is a MongoDB-wire
 * server): {@code attachment_chunks} holds the content in chunks of 255 KB, unique by
 * {@code (fileId, n)}; {@code attachment_files} holds the metadata (size, SHA-256, content type,
 * the original name sealed) and is written last, so a file that has metadata is complete.
 */
public class MongoAttachments implements Attachments {

    public static final String FILES = "attachment_files";
    public static final String CHUNKS = "attachment_chunks";
    public static final int CHUNK_SIZE = 255 * 1024;
    static final String NAME_CONTEXT = "attachment.name";

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> submissions;
    private final FieldCipher cipher;
    private final Clock clock;
    private final Mono<Void> indexes;

    public MongoAttachments(MongoDatabase database, FieldCipher cipher, Clock clock) {
        this.files = database.getCollection(FILES);
        this.chunks = database.getCollection(CHUNKS);
        this.submissions = database.getCollection(SubmissionDocument.COLLECTION);
        this.cipher = cipher;
        this.clock = clock;
        this.indexes = Mono.from(chunks.createIndex(Indexes.ascending("fileId", "n"),
                        new IndexOptions().unique(true).name("fileId_n_unique")))
                .then()
                .cache(done -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ofMillis(Long.MAX_VALUE));
    }

    public Mono<Void> ensureIndexes() {
        return indexes;
    }

    @Override
    public Mono<AttachmentRef> store(byte[] content, String contentType, String originalName) {
        String id = UUID.randomUUID().toString();
        AttachmentRef ref = new AttachmentRef(id, contentType, content.length, sha256(content));
        List<Document> parts = new ArrayList<>();
        for (int n = 0, offset = 0; offset < content.length || n == 0; n++, offset += CHUNK_SIZE) {
            byte[] data = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + CHUNK_SIZE));
            parts.add(new Document("_id", id + ":" + n).append("fileId", id).append("n", n).append("data", new Binary(data)));
        }
        Document file = new Document("_id", id)
                .append("contentType", ref.contentType())
                .append("size", ref.size())
                .append("sha256", ref.sha256())
                .append("chunkSize", CHUNK_SIZE)
                .append("chunks", parts.size())
                .append("name", cipher.encrypt(originalName, NAME_CONTEXT))
                .append("storedAt", Date.from(clock.instant()));
        return indexes
                .thenMany(Flux.fromIterable(parts).concatMap(chunks::insertOne))
                .then(Mono.from(files.insertOne(file)))
                .thenReturn(ref);
    }

    @Override
    public Mono<AttachmentRef> find(String attachmentId) {
        return Mono.from(files.find(eq("_id", attachmentId)).first())
                .map(file -> new AttachmentRef(file.getString("_id"), file.getString("contentType"),
                        file.get("size", Number.class).longValue(), file.getString("sha256")));
    }

    /** The original file name, opened; empty when none was given. */
    public Mono<String> originalName(String attachmentId) {
        return Mono.from(files.find(eq("_id", attachmentId)).first())
                .mapNotNull(file -> file.getString("name") == null ? null : cipher.decrypt(file.getString("name"), NAME_CONTEXT));
    }

    @Override
    public Flux<byte[]> content(String attachmentId) {
        return Flux.from(chunks.find(eq("fileId", attachmentId)).sort(Sorts.ascending("n")))
                .map(chunk -> chunk.get("data", Binary.class).getData());
    }

    @Override
    public Mono<Boolean> isAttachedTo(String attachmentId, String grievanceId) {
        return Mono.from(submissions.countDocuments(and(eq("_id", grievanceId),
                        eq(SubmissionDocument.ATTACHMENTS + ".id", attachmentId))))
                .map(count -> count > 0);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
