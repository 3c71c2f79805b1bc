package com.branchmate.extraction.mentions;

import java.util.ArrayList;
import java.util.List;

import com.branchmate.extraction.mentions.PeopleFinder.Person;
import com.branchmate.extraction.vocabulary.Lexicon;

/**
 * Which person each name in a note refers to: someone named before (by an alias, by the full name, or the most
 * recently mentioned person with that surname who can be the same), or someone new. 范文斌 then 范主管 is one person;
 * 石行长 and 柜员小石 are two. Adds to the finder's list of people, in the order they are first named.
 */
final class MentionMerger {

    private final Lexicon lexicon;
    private final String text;
    private final List<Person> people;
    /** The person each resolved name referred to, in the order of the names. */
    private final List<Integer> mentionsSoFar = new ArrayList<>();

    MentionMerger(Lexicon lexicon, String text, List<Person> people) {
        this.lexicon = lexicon;
        this.text = text;
        this.people = people;
    }

    /**
     * 她女儿叫上官雪: a relative is someone of their own, even with the surname of the person they belong to, and never
     * one of the note's people.
     */
    int relativeOf(Candidate c) {
        Person p = new Person(c.surname());
        p.fullName = c.given().isEmpty() ? null : c.surname() + c.given();
        p.title = c.title();
        p.relative = true;
        p.aliases.add(c.alias());
        people.add(p);
        mentionsSoFar.add(people.size() - 1);
        return people.size() - 1;
    }

    /** The person a name refers to: found again, or added; either way this is now their latest mention. */
    int resolve(Candidate c) {
        String full = c.given().isEmpty() ? null : c.surname() + c.given();
        int found = -1;
        for (int i = 0; i < people.size() && found < 0; i++) {
            if (people.get(i).aliases.contains(c.alias())) {
                found = i;
            }
        }
        if (found < 0 && full != null) {
            for (int i = 0; i < people.size() && found < 0; i++) {
                Person p = people.get(i);
                if (full.equals(p.fullName)) {
                    found = i;
                } else if (p.fullName == null && p.surname.equals(c.surname()) && compatible(p, c)) {
                    found = i;
                }
            }
        }
        if (found < 0 && full == null) {
            // most recently mentioned compatible person with this surname
            for (int k = mentionsSoFar.size() - 1; k >= 0 && found < 0; k--) {
                Person p = people.get(mentionsSoFar.get(k));
                if (p.surname.equals(c.surname()) && compatible(p, c)) {
                    found = mentionsSoFar.get(k);
                }
            }
        }
        if (found < 0) {
            people.add(new Person(c.surname()));
            found = people.size() - 1;
        }
        Person p = people.get(found);
        if (full != null && p.fullName == null) {
            p.fullName = full;
        }
        if (p.title == null) {
            p.title = c.title();
        }
        if (p.role == null) {
            p.role = c.role();
        }
        p.staffTitle |= c.staffTitle();
        p.customerTitle |= c.customerTitle() && c.role() == null && p.role == null && !p.staffTitle;
        p.customerHint |= text.substring(Math.max(0, c.start() - 2), c.start()).endsWith("客户");
        p.aliases.add(c.alias());
        if (c.title() != null && !c.title().equals("小") && !c.title().equals("老")) {
            p.aliases.add(c.surname() + c.title());
        }
        mentionsSoFar.add(found);
        return found;
    }

    private boolean compatible(Person p, Candidate c) {
        if (p.relative) {
            return false; // 她女儿上官雪 … 上官阿姨: the relative is found again only by the same name
        }
        // a deputy is addressed by the head's title: 副行长马骏, then 马行长
        boolean deputyAddressed = "行长".equals(c.role()) && "副行长".equals(p.role);
        if (c.role() != null && p.role != null && !c.role().equals(p.role) && !deputyAddressed) {
            return false;
        }
        if (c.title() != null && c.title().equals("主管") && p.role != null && !p.role.endsWith("主管")) {
            return false;
        }
        // a customer title and a staff role do not name the same person (石行长 vs 石阿姨)
        if (c.customerTitle() && (p.role != null || p.staffTitle) && !peerAddress(c)) {
            return false;
        }
        if ((c.role() != null || c.staffTitle()) && p.customerTitle) {
            return false;
        }
        // 孔先生 and 孔女士 are two people: titles of the two sexes do not name one person
        char sex = c.title() == null ? 0 : Pronouns.sexOfTitle(lexicon, c.title());
        if (sex != 0) {
            for (String alias : p.aliases) {
                char other = alias.length() > p.surname.length() ? Pronouns.sexOfTitle(lexicon, alias.substring(p.surname.length())) : 0;
                if (other != 0 && other != sex) {
                    return false;
                }
            }
        }
        // 小石 after 石行长 is someone else; 柜员小石 then 小石 was joined by its alias before
        if (("小".equals(c.title()) || "老".equals(c.title())) && p.role != null) {
            return false;
        }
        return true;
    }

    /** 吕姐 said of the 理财经理小吕 named before: a form of address for staff too, not said of a customer (客户吕姐). */
    private boolean peerAddress(Candidate c) {
        return c.title() != null && lexicon.cue("peer_titles").contains(c.title())
                && !text.substring(Math.max(0, c.start() - 2), c.start()).endsWith("客户");
    }
}
