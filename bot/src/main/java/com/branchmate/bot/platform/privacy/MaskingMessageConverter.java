package com.branchmate.bot.platform.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Log messages with mobile numbers masked (138****5678), whatever logged them: our code logs keys not values, but
 * a library's message or an exception text may carry a note's content.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.phonesIn(super.convert(event));
    }
}
