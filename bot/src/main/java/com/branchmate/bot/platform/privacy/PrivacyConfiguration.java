package com.branchmate.bot.platform.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.branchmate.bot.platform.BotProperties;

/**
 * The key for personal data at rest. BOT_ENCRYPTION_KEY (32 bytes, base64) wins. On the embedded database a key is
 * created once under the data folder so the first start needs nothing; against MySQL the key must be given, since a
 * generated one on one instance would make data unreadable on the others.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    FieldCipher fieldCipher(BotProperties properties, Environment environment) throws IOException {
        String configured = properties.encryptionKey();
        if (configured != null && !configured.isBlank()) {
            return new FieldCipher(decode(configured.strip()));
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("""
                    BOT_ENCRYPTION_KEY 未设置。连接 MySQL/MariaDB 时必须提供加密密钥（32 字节，base64），\
                    所有实例使用同一个：openssl rand -base64 32
                    BOT_ENCRYPTION_KEY is not set: with MySQL/MariaDB every instance needs the same 32-byte key (base64).""");
        }
        Path file = properties.dataDir().resolve("encryption.key");
        if (Files.exists(file)) {
            return new FieldCipher(decode(Files.readString(file).strip()));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the file stays with default permissions
        }
        log.info("Created the data encryption key {} (set BOT_ENCRYPTION_KEY to manage it yourself)", file);
        return new FieldCipher(key);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("BOT_ENCRYPTION_KEY 不是合法的 base64 / is not valid base64", e);
        }
    }

}
