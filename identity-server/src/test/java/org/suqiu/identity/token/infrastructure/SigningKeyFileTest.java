package org.suqiu.identity.token.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateAKeyAtFirstStartAndLoadTheSameOneAfterwards() throws Exception {
        Path keyDir = dir.resolve("nested").resolve("identity");

        RSAKey first = SigningKeyFile.loadOrCreate(keyDir);
        RSAKey second = SigningKeyFile.loadOrCreate(keyDir);

        assertThat(Files.exists(keyDir.resolve(SigningKeyFile.FILE_NAME))).isTrue();
        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getKeyID()).isEqualTo(first.computeThumbprint().toString());
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(second.getModulus().decode().length * 8).isGreaterThanOrEqualTo(2048);
    }

    @Test
    void shouldKeepTheKeyFileReadableByItsOwnerOnly() throws Exception {
        SigningKeyFile.loadOrCreate(dir);

        Path file = dir.resolve(SigningKeyFile.FILE_NAME);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void shouldRefuseToStartOnACorruptKeyRatherThanReplaceIt() throws Exception {
        Path file = dir.resolve(SigningKeyFile.FILE_NAME);
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("delete it");
        assertThat(Files.readString(file)).isEqualTo("not a key");
    }

    @Test
    void shouldRefuseAPublicOnlyKey() throws Exception {
        RSAKey key = SigningKeyFile.loadOrCreate(dir.resolve("a"));
        Files.writeString(dir.resolve(SigningKeyFile.FILE_NAME), key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(dir)).hasMessageContaining("no private key");
    }
}
