package com.branchmate.bot.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(key((byte) 7));

    @Test
    void roundTripsChineseTextAndHidesIt() {
        String stored = cipher.encrypt("李娜 13812345678");

        assertThat(stored).startsWith("enc:v1:").doesNotContain("1381");
        assertThat(cipher.decrypt(stored)).isEqualTo("李娜 13812345678");
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));
    }

    @Test
    void plainValuesWrittenBeforeEncryptionPassThrough() {
        assertThat(cipher.decrypt("13812345678")).isEqualTo("13812345678");
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void wrongKeyFailsLoudlyInsteadOfShowingCiphertext() {
        String stored = cipher.encrypt("13812345678");

        assertThatThrownBy(() -> new FieldCipher(key((byte) 9)).decrypt(stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BOT_ENCRYPTION_KEY");
    }

    @Test
    void keyMustBe32Bytes() {
        assertThatThrownBy(() -> new FieldCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
