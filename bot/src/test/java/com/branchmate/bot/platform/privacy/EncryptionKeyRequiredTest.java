package com.branchmate.bot.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.branchmate.bot.platform.BotProperties;

class EncryptionKeyRequiredTest {

    @TempDir
    Path dataDir;

    @Test
    void mysqlWithoutAKeyIsAClearStartupError() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mysql://db:3306/branchmate");

        assertThatThrownBy(() -> new PrivacyConfiguration().fieldCipher(properties(null), environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BOT_ENCRYPTION_KEY");
    }

    @Test
    void embeddedDatabaseCreatesAKeyOnceAndKeepsIt() throws Exception {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/x");

        String stored = new PrivacyConfiguration().fieldCipher(properties(null), environment).encrypt("13812345678");
        String read = new PrivacyConfiguration().fieldCipher(properties(null), environment).decrypt(stored);

        assertThat(read).isEqualTo("13812345678");
        assertThat(dataDir.resolve("encryption.key")).exists();
    }

    private BotProperties properties(String key) {
        return new BotProperties(dataDir, java.time.ZoneId.of("Asia/Shanghai"), null, null, key);
    }
}
