package com.branchmate.bot.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.branchmate.bot.support.BotTest;

/** Phone numbers never reach the log in full, whoever writes them. */
@BotTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    @Test
    void mobileNumbersInLogMessagesAreMasked(CapturedOutput output) {
        LoggerFactory.getLogger("com.branchmate.bot.test").warn("客户手机 13812345678，备用 139-1055-2046");

        assertThat(output.getOut()).contains("138****5678").contains("139****2046")
                .doesNotContain("13812345678").doesNotContain("139-1055-2046");
    }
}
