package org.suqiu.localinfra;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire server (mongo-java-server) on 127.0.0.1, in memory or in an H2 file that survives
 * a restart. It stands in for MongoDB where no mongod runs: no transactions, no geo queries, no TTL.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);

    private final MongoServer server;
    private final int port;

    private LocalMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** An in-memory server on a free port. */
    public static LocalMongo startInMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.enableOplog();
        server.bind(Ports.LOOPBACK, 0);
        InetSocketAddress address = server.getLocalAddress();
        return new LocalMongo(server, address.getPort());
    }

    /** A server on 127.0.0.1:{@code port} keeping its data in {@code file} (H2 MVStore). */
    public static LocalMongo startWithFile(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MongoServer server = new MongoServer(new H2Backend(file.toAbsolutePath().toString()));
        server.enableOplog();
        server.bind(Ports.LOOPBACK, port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("MongoDB-wire server listening on {}:{} ({})", Ports.LOOPBACK, address.getPort(), file);
        return new LocalMongo(server, address.getPort());
    }

    /** {@code mongodb://127.0.0.1:port}. */
    public String connectionString() {
        return "mongodb://" + Ports.LOOPBACK + ":" + port;
    }

    /** The connection string with a database name, for {@code spring.mongodb.uri}. */
    public String uri(String database) {
        return connectionString() + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
