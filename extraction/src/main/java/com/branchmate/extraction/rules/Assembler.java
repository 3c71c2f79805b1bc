package com.branchmate.extraction.rules;

import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.rules.Reading.Found;
import com.branchmate.extraction.rules.Reading.Task;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.PersonKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what the rules found into the extraction: facts per person (one value of single-valued keys, only keys that apply to the person's kind), people's kinds, tasks once per due date and person. */
final class Assembler {

    private Assembler() {
    }

    static Extraction assemble(Reading r, BranchRef branch) {
        List<PeopleFinder.Person> people = r.finder.people();
        List<List<ExtractedFact>> factsByPerson = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            factsByPerson.add(new ArrayList<>());
        }
        Contacts.dropCorrectedPhones(r);
        for (Found f : r.facts) {
            factsByPerson.get(f.person()).add(new ExtractedFact(f.key(), f.value(), f.note()));
        }
        List<ExtractedPerson> result = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PeopleFinder.Person p = people.get(i);
            if (p.colleague || p.relative) {
                continue; // our own colleague, or someone's relative: no person of the branch
            }
            List<ExtractedFact> found = factsByPerson.get(i);
            boolean customer = isCustomer(r, p, found);
            List<ExtractedFact> kept = new ArrayList<>();
            if (!customer && p.role != null) {
                kept.add(new ExtractedFact("role", p.role));
            }
            for (ExtractedFact f : found) {
                if (!applies(f.key(), customer ? PersonKind.CUSTOMER : PersonKind.STAFF)) {
                    continue;
                }
                keep(kept, f);
            }
            result.add(new ExtractedPerson(p.name(), p.title, customer ? "CUSTOMER" : "STAFF", kept));
        }
        Map<String, ExtractedTask> unique = new LinkedHashMap<>();
        for (Task t : r.tasks) {
            if (people.get(t.person()).colleague || people.get(t.person()).relative) {
                continue;
            }
            String name = people.get(t.person()).name();
            unique.putIfAbsent(t.due() + "|" + name, new ExtractedTask(t.due(), name, t.content()));
        }
        return new Extraction(branch, result, new ArrayList<>(unique.values()));
    }

    static boolean isCustomer(Reading r, PeopleFinder.Person p, List<ExtractedFact> found) {
        if (p.role != null || p.staffTitle) {
            return false;
        }
        if (p.customerTitle || p.customerHint) {
            return true;
        }
        return found.stream().anyMatch(f -> !applies(f.key(), PersonKind.STAFF));
    }

    static void keep(List<ExtractedFact> kept, ExtractedFact f) {
        for (int i = 0; i < kept.size(); i++) {
            ExtractedFact k = kept.get(i);
            if (!k.key().equals(f.key())) {
                continue;
            }
            if (k.value().equals(f.value()) || (FactKey.isFreeText(f.key())
                    && (k.value().contains(f.value()) || f.value().contains(k.value())))) {
                return;
            }
            if (FactKey.of(f.key()).map(FactKey::singleValued).orElse(false)) {
                kept.set(i, f);
                return;
            }
        }
        kept.add(f);
    }

    private static boolean applies(String key, PersonKind kind) {
        return FactKey.of(key).map(k -> k.appliesTo(kind)).orElse(false);
    }
}
