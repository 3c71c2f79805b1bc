package com.branchmate.bot.huddles;

import com.branchmate.bot.access.Member;

/** Where huddles go out: the team's group(s), and members' private morning reminders. */
public interface HuddleDelivery {

    /** Posts to the team's groups; the result says whether it arrived and, if not, why. */
    Result toGroups(HuddleSettings settings, HuddleMessage message);

    Result toMember(Member member, String title, String markdown);

    record Result(boolean delivered, String detail) {

        public static Result ok(String detail) {
            return new Result(true, detail);
        }

        public static Result failed(String detail) {
            return new Result(false, detail);
        }
    }
}
