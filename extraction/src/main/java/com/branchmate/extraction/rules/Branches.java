package com.branchmate.extraction.rules;

import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.vocabulary.Lexicon;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The branch of the visit: bank + branch (建行城南支行), a branch alone, or a bank alone. Immutable, shared. */
final class Branches {

    /** 网点 ends a branch name (汽车站网点) but not where it starts the role 网点主任 (湖滨支行网点主任). */
    private static final String SUFFIX = "(?:支行|分行|营业部|分理处|储蓄所|网点(?!主任|负责人))";
    private static final Pattern BARE_BRANCH = Pattern.compile("([\\u4e00-\\u9fff]{1,6})(" + SUFFIX + ")");

    private final Lexicon lexicon;
    private final Pattern bankBranch;
    private final Pattern bankOnly;

    Branches(Lexicon lexicon) {
        this.lexicon = lexicon;
        String banks = Lexicon.alternation(lexicon.banks().keySet());
        // 邮储的湖东支行: a 的 between the bank and the branch is not part of the name
        // 工行营业部: the main office of the bank in town needs no name of its own
        this.bankBranch = Pattern.compile("(" + banks + ")\\s*(?:的\\s*)?([\\u4e00-\\u9fffA-Za-z0-9]{1,8}?"
                + SUFFIX + "|营业部)");
        this.bankOnly = Pattern.compile(banks);
    }

    /** The branch of the visit; bank names and branch names go to {@code blocked}, they hold no person. */
    BranchRef find(String text, List<int[]> blocked) {
        Matcher bank = bankOnly.matcher(text);
        while (bank.find()) {
            blocked.add(new int[] {bank.start(), bank.end()});
        }
        BranchRef found = null;
        Matcher m = bankBranch.matcher(text);
        while (m.find()) {
            blocked.add(new int[] {m.start(2), m.end(2)});
            // 刚从建行城南支行出来: leaving the branch just visited is no move
            boolean left = text.startsWith("出来", m.end());
            if (found == null && (!movedFrom(text, m.start()) || left)) {
                found = new BranchRef(lexicon.banks().get(m.group(1)), m.group(2));
            }
        }
        if (found != null) {
            return found;
        }
        Matcher bare = BARE_BRANCH.matcher(text);
        while (bare.find()) {
            String prefix = bare.group(1);
            int cut = prefix.length();
            while (cut > 0 && "在去到给从了的是和跟与找们跑个这那我你他她各该本每回进来说前后初底".indexOf(prefix.charAt(cut - 1)) < 0) {
                cut--;
            }
            String place = prefix.substring(cut);
            if (place.length() > 4) {
                place = place.substring(place.length() - 4);
            }
            if (place.length() >= 2 && !movedFrom(text, bare.start() + cut) && !place.endsWith("分行")) {
                return new BranchRef(null, place + bare.group(2));
            }
        }
        bank = bankOnly.matcher(text);
        while (bank.find()) {
            if (bank.group().contains("行") || bank.group().contains("储") || bank.group().contains("社")) {
                return new BranchRef(lexicon.banks().get(bank.group()), null);
            }
        }
        return null;
    }

    /** A branch named as where someone came from or goes to is not the branch of the visit. */
    private static boolean movedFrom(String text, int start) {
        String before = text.substring(Math.max(0, start - 4), start);
        return before.matches(".*(从|原来在|之前在|以前在|原先在|调去|调到|调往)$");
    }
}
