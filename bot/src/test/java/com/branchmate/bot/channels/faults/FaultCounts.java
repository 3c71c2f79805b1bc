package com.branchmate.bot.channels.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** What the fake platform saw: replies it accepted (HTTP 200) for one member, and acknowledgement times. */
final class FaultCounts {

    private final List<Long> ackMillis = Collections.synchronizedList(new ArrayList<>());

    static long repliesAccepted(WireMockServer platform, String path, String user) {
        return platform.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path))
                .filter(e -> e.getResponse() != null && e.getResponse().getStatus() == 200)
                .filter(e -> e.getRequest().getBodyAsString().contains("\"" + user + "\""))
                .count();
    }

    /**
     * Replies the member receives: as repliesAccepted, but a body sent again with WeCom's duplicate check on counts
     * once, since the platform does not deliver the same JSON twice within the interval.
     */
    static long repliesDelivered(WireMockServer platform, String path, String user) {
        List<String> bodies = replyTexts(platform, path, user);
        long checked = bodies.stream().filter(b -> b.contains("\"enable_duplicate_check\":1")).distinct().count();
        long unchecked = bodies.stream().filter(b -> !b.contains("\"enable_duplicate_check\":1")).count();
        return checked + unchecked;
    }

    static List<String> replyTexts(WireMockServer platform, String path, String user) {
        return platform.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path))
                .filter(e -> e.getResponse() != null && e.getResponse().getStatus() == 200)
                .map(ServeEvent::getRequest)
                .map(r -> r.getBodyAsString())
                .filter(body -> body.contains("\"" + user + "\""))
                .toList();
    }

    void ack(long millis) {
        ackMillis.add(millis);
    }

    long maxAckMillis() {
        synchronized (ackMillis) {
            return ackMillis.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }
}
