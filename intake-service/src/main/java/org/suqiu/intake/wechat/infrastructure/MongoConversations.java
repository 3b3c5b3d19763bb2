package org.suqiu.intake.wechat.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.wechat.application.Conversations;
import org.suqiu.intake.wechat.model.Conversation;
import org.suqiu.intake.wechat.model.Draft;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Conversations in {@code wechat_conversations}, one document each, replaced under a version
 * check. The id is a keyed hash of the openid; the openid itself, the draft's address, the
 * receipt code of an untold automatic submission and the stored replies (they carry receipt codes)
 * are sealed with {@link FieldCipher}.
 */
public class MongoConversations implements Conversations {

    public static final String COLLECTION = "wechat_conversations";

    private final MongoCollection<Document> collection;
    private final FieldCipher cipher;

    public MongoConversations(MongoDatabase database, FieldCipher cipher) {
        this.collection = database.getCollection(COLLECTION);
        this.cipher = cipher;
    }

    @Override
    public String idFor(String accountId, String openId) {
        return accountId + ":" + cipher.lookupHash("wechat:" + openId);
    }

    @Override
    public Mono<Conversation> find(String id) {
        return Mono.from(collection.find(eq("_id", id)).first()).map(this::toConversation);
    }

    @Override
    public Mono<Boolean> save(Conversation next) {
        Document document = toDocument(next);
        document.put("version", next.version() + 1);
        if (next.version() == 0) {
            return Mono.from(collection.insertOne(document)).thenReturn(true)
                    .onErrorResume(MongoErrors::isDuplicateKey, duplicate -> Mono.just(false));
        }
        return Mono.from(collection.replaceOne(and(eq("_id", next.id()), eq("version", next.version())), document))
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Flux<Conversation> due(Instant quietBefore, Instant pendingBefore) {
        return Flux.from(collection.find(or(lt("draft.lastAt", Date.from(quietBefore)),
                        lt("pendingSince", Date.from(pendingBefore)))).limit(500))
                .map(this::toConversation);
    }

    Document toDocument(Conversation conversation) {
        return new Document("_id", conversation.id())
                .append("accountId", conversation.accountId())
                .append("openId", cipher.encrypt(conversation.openId(), "wechat.openId"))
                .append("version", conversation.version())
                .append("drafts", conversation.drafts())
                .append("draft", draft(conversation.draft()))
                .append("pending", draft(conversation.pending()))
                .append("pendingSince", date(conversation.pendingSince()))
                .append("notice", conversation.notice() == null ? null
                        : new Document("trackingNo", conversation.notice().trackingNo())
                                .append("receiptCode", cipher.encrypt(conversation.notice().receiptCode(), "wechat.receiptCode")))
                .append("recent", conversation.recent().stream()
                        .map(h -> new Document("key", h.key()).append("reply", cipher.encrypt(h.reply(), "wechat.reply")))
                        .toList());
    }

    Conversation toConversation(Document document) {
        Document notice = document.get("notice", Document.class);
        List<Document> recent = document.getList("recent", Document.class, List.of());
        return new Conversation(document.getString("_id"), document.getString("accountId"),
                cipher.decrypt(document.getString("openId"), "wechat.openId"),
                document.get("version", Number.class).longValue(),
                document.get("drafts", Number.class).intValue(),
                draft(document.get("draft", Document.class)),
                draft(document.get("pending", Document.class)),
                instant(document.getDate("pendingSince")),
                notice == null ? null : new Conversation.Notice(notice.getString("trackingNo"),
                        open(notice.getString("receiptCode"), "wechat.receiptCode")),
                recent.stream().map(h -> new Conversation.Handled(h.getString("key"), open(h.getString("reply"), "wechat.reply")))
                        .toList());
    }

    private Document draft(Draft draft) {
        if (draft == null) {
            return null;
        }
        return new Document("number", draft.number())
                .append("texts", draft.texts())
                .append("location", draft.location() == null ? null : new Document("lat", draft.location().lat())
                        .append("lng", draft.location().lng()).append("crs", draft.location().crs()))
                .append("address", cipher.encrypt(draft.address(), "wechat.address"))
                .append("attachments", draft.attachments().stream().map(a -> new Document("id", a.id())
                        .append("contentType", a.contentType()).append("size", a.size()).append("sha256", a.sha256())).toList())
                .append("startedAt", date(draft.startedAt()))
                .append("lastAt", date(draft.lastAt()));
    }

    private Draft draft(Document document) {
        if (document == null) {
            return null;
        }
        Document location = document.get("location", Document.class);
        return new Draft(document.get("number", Number.class).intValue(),
                document.getList("texts", String.class, List.of()),
                location == null ? null : new GeoPoint(location.get("lat", Number.class).doubleValue(),
                        location.get("lng", Number.class).doubleValue(), location.getString("crs")),
                open(document.getString("address"), "wechat.address"),
                document.getList("attachments", Document.class, List.of()).stream()
                        .map(a -> new AttachmentRef(a.getString("id"), a.getString("contentType"),
                                a.get("size", Number.class).longValue(), a.getString("sha256")))
                        .toList(),
                instant(document.getDate("startedAt")), instant(document.getDate("lastAt")));
    }

    private String open(String value, String context) {
        return value == null ? null : cipher.decrypt(value, context);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
