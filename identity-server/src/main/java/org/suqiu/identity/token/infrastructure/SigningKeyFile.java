package org.suqiu.identity.token.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The issuer's RSA signing key, kept as a private JWK in {@code <dir>/signing-key.jwk.json} so that tokens stay
 * valid across restarts. Made at the first start; the {@code kid} is the key's RFC 7638 thumbprint.
 */
public final class SigningKeyFile {

    static final String FILE_NAME = "signing-key.jwk.json";

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

    private SigningKeyFile() {
    }

    /** Reads the key from {@code dir}, or makes one and stores it there when there is none yet. */
    public static RSAKey loadOrCreate(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        RSAKey key = generate();
        try {
            Files.createDirectories(dir);
            restrictToOwner(dir, "rwx------");
            Path temp = Files.createTempFile(dir, "signing-key", ".tmp");
            restrictToOwner(temp, "rw-------");
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                // no REPLACE_EXISTING: when two instances start at once, the first key written wins
                moveWithoutReplacing(temp, file);
                log.info("Created signing key {} in {}", key.getKeyID(), file);
                return key;
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return read(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the signing key in " + dir, e);
        }
    }

    private static RSAKey read(Path file) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file + " holds no private key; delete it to make a new one "
                        + "(tokens signed with the old key will no longer verify)");
            }
            log.info("Using signing key {} from {}", key.getKeyID(), file);
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK; delete it to make a new one "
                    + "(tokens signed with the old key will no longer verify)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the signing key " + file, e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException("could not make an RSA key", e);
        }
    }

    /** A hard link fails atomically when the target exists, where a rename would silently replace it. */
    private static void moveWithoutReplacing(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
            Files.delete(from);
        } catch (UnsupportedOperationException e) {
            Files.move(from, to);
        }
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
