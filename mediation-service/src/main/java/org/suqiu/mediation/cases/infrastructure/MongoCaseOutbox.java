package org.suqiu.mediation.cases.infrastructure;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import java.util.List;

import org.bson.Document;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The outboxes inside the case documents: what is still to publish, and removing what the broker took. */
public class MongoCaseOutbox {

    /** One event waiting in a case's outbox, its data as the JSON that will be published. */
    public record PendingEvent(String eventId, String type, String data) {
    }

    /** A case's waiting events, in the order they must go out. */
    public record PendingEvents(String caseId, List<PendingEvent> events) {
    }

    private final MongoCollection<Document> collection;

    public MongoCaseOutbox(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public Flux<PendingEvents> pending(int limit) {
        String eventIdPath = CaseDocuments.OUTBOX + "." + CaseDocuments.EVENT_ID;
        return Flux.from(collection.find(exists(eventIdPath, true))
                        .projection(Projections.include(CaseDocuments.OUTBOX))
                        .limit(limit))
                .map(doc -> new PendingEvents(doc.getString(CaseDocuments.ID),
                        doc.getList(CaseDocuments.OUTBOX, Document.class, List.of()).stream()
                                .map(e -> new PendingEvent(e.getString(CaseDocuments.EVENT_ID), e.getString(CaseDocuments.TYPE),
                                        e.getString(CaseDocuments.DATA)))
                                .toList()));
    }

    /** Removes an event the broker acknowledged. */
    public Mono<Void> remove(String caseId, String eventId) {
        return Mono.from(collection.updateOne(eq(CaseDocuments.ID, caseId),
                Updates.pull(CaseDocuments.OUTBOX, new Document(CaseDocuments.EVENT_ID, eventId)))).then();
    }
}
