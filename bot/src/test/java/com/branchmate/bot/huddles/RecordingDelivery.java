package com.branchmate.bot.huddles;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.branchmate.bot.access.Member;

/** Counts what would have gone to groups and members; shared by several application contexts in one test. */
class RecordingDelivery implements HuddleDelivery {

    record Sent(long teamId, String title, String markdown) {
    }

    final List<Sent> groups;
    final List<String> privateMessages = new CopyOnWriteArrayList<>();

    RecordingDelivery() {
        this(new CopyOnWriteArrayList<>());
    }

    RecordingDelivery(List<Sent> shared) {
        this.groups = shared;
    }

    @Override
    public Result toGroups(HuddleSettings settings, HuddleMessage message) {
        groups.add(new Sent(settings.teamId(), message.title(), message.markdown()));
        return Result.ok("recorded");
    }

    @Override
    public Result toMember(Member member, String title, String markdown) {
        privateMessages.add(member.login() + ":" + markdown);
        return Result.ok("recorded");
    }

    long sentTo(long teamId) {
        return groups.stream().filter(s -> s.teamId() == teamId).count();
    }
}
