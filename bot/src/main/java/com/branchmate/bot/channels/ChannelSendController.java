package com.branchmate.bot.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.platform.web.BadRequestException;

/**
 * The send log for admins: every part the bot sent to WeCom or DingTalk and how it went, so "did the reply go out?"
 * has an answer and failed sends are seen. Recipients are platform ids or a masked robot key, never a secret.
 */
@RestController
@RequestMapping("/api/channels/sends")
class ChannelSendController {

    /** RETRYING: a reply's round of tries failed on 5xx or a timeout; the reply queue tries again later. */
    private static final List<String> STATUSES = List.of("SENT", "RETRYING", "FAILED");

    private final ChannelSendMapper sends;
    private final Clock clock;

    ChannelSendController(ChannelSendMapper sends, Clock clock) {
        this.sends = sends;
        this.clock = clock;
    }

    record SendLog(Instant since, List<ChannelSendCount> lastDay, List<ChannelSend> sends) {
    }

    @GetMapping
    SendLog recent(Caller caller, @RequestParam(required = false) String status,
                   @RequestParam(required = false) String channel, @RequestParam(defaultValue = "100") int limit) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("admins only");
        }
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase();
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new BadRequestException("status", "应为 SENT、RETRYING 或 FAILED");
        }
        Instant since = clock.instant().minus(Duration.ofDays(1));
        return new SendLog(since, sends.countSince(since),
                sends.findRecent(wanted, channel == null || channel.isBlank() ? null : channel.strip(),
                        Math.max(1, Math.min(limit, 500))));
    }
}
