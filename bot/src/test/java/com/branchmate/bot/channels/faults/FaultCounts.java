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
