package com.branchmate.bot.channels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a platform callback's body with a ceiling, so a huge (or endless) body cannot tie up memory before its
 * signature is even checked.
 */
public final class CallbackBody {

    /** The body was larger than allowed; the callback answers 413. */
    public static final class TooLarge extends Exception {
        TooLarge() {
            super("callback body too large", null, false, false);
        }
    }

    private CallbackBody() {
    }

    public static String read(HttpServletRequest request, long maxBytes) throws IOException, TooLarge {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new TooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
