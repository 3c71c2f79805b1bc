package com.branchmate.bot.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

import com.branchmate.bot.access.Caller;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.FactValues;
import com.branchmate.bot.people.LunarDates;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.knowledge.scripts.CustomerProfile;
import com.branchmate.knowledge.scripts.Script;
import com.branchmate.knowledge.scripts.ScriptWriter;

/**
 * Scripts for a named customer: finds the customer among the people the caller may see (never beyond), turns their
 * current facts into a profile for the script writer, and audits the read. A name the caller cannot see is treated as
 * unknown, and the script is written without personal facts.
 */
class CustomerScripts {

    /** A maturity this close is worth raising now; a birthday this close is a greeting. */
    private static final int MATURITY_SOON_DAYS = 30;
    private static final int BIRTHDAY_SOON_DAYS = 7;
    private static final LunarDates LUNAR_DATES = new LunarDates();
    private static final String HONORIFICS = "先生|女士|小姐|阿姨|叔叔|大爷|大妈|老师|总|姐|哥|太太|奶奶|爷爷";

    record Result(Script script, Optional<Person> customer, String mentioned) {
    }

    private final ScriptWriter writer;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;
    private final Pattern addressed;

    CustomerScripts(ScriptWriter writer, PeopleService people, AuditLog audit, Clock clock) {
        this.writer = writer;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.addressed = Pattern.compile("(?:" + String.join("|", surnames()) + ")(?:" + HONORIFICS + ")");
    }

    /** A script for the request; {@code customerName}, when given, names the customer, else the request may. */
    Result write(Caller caller, String request, String customerName, String channel) {
        String mentioned = customerName != null && !customerName.isBlank() ? customerName.strip() : mentionIn(caller, request);
        Optional<Person> customer = Optional.empty();
        if (mentioned != null) {
            List<Person> found = people.search(caller, mentioned, null, 5);
            customer = found.stream().filter(p -> p.displayName().equals(mentioned) || p.name().equals(mentioned))
                    .findFirst().or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty());
        }
        Optional<CustomerProfile> profile = customer.map(person -> {
            audit.record(caller, "PERSON_READ", "person", String.valueOf(person.id()), channel, "写话术时读取");
            return profile(person, mentioned);
        });
        // A customer the caller cannot see, or nobody known by that name: a generic script for the scene asked,
        // which does not repeat the name.
        String asked = profile.isEmpty() && mentioned != null ? request.replace(mentioned, "客户") : request;
        Script script = writer.write(asked, profile);
        return new Result(script, customer, mentioned);
    }

    /** The customer the request names: a known person the caller may see (longest name first), or a 张先生-like form. */
    private String mentionIn(Caller caller, String request) {
        Optional<String> known = people.search(caller, null, null, 500).stream()
                .flatMap(p -> java.util.stream.Stream.of(p.displayName(), p.name()))
                .filter(name -> name != null && name.length() >= 2 && request.contains(name))
                .max(Comparator.comparingInt(String::length));
        if (known.isPresent()) {
            return known.get();
        }
        Matcher matcher = addressed.matcher(request);
        return matcher.find() ? matcher.group() : null;
    }

    private CustomerProfile profile(Person person, String mentioned) {
        LocalDate today = LocalDate.now(clock);
        List<CustomerProfile.Fact> facts = new ArrayList<>();
        for (Fact fact : people.currentFacts(List.of(person.id())).getOrDefault(person.id(), List.of())) {
            Optional<FactKey> key = FactKey.of(fact.factKey());
            // Contact details never go into a script: it may be shown in a group chat.
            if (key.isEmpty() || key.get().contact()) {
                continue;
            }
            String value = FactValues.display(fact.factKey(), fact.factValue(), true)
                    + (fact.factNote() == null || fact.factNote().isBlank() ? "" : "（" + fact.factNote() + "）");
            boolean soon = switch (key.get()) {
                case BIRTHDAY -> LUNAR_DATES.within(fact.factValue(), today, BIRTHDAY_SOON_DAYS).isPresent();
                case MATURITY -> LUNAR_DATES.within(fact.factValue(), today, MATURITY_SOON_DAYS).isPresent();
                default -> false;
            };
            facts.add(new CustomerProfile.Fact(scriptKey(key.get()), key.get().label(), value, soon));
        }
        String address = person.displayName().length() >= 2 ? person.displayName() : mentioned;
        return new CustomerProfile(address, facts);
    }

    /** The script writer's names for fact kinds. */
    private static String scriptKey(FactKey key) {
        return switch (key) {
            case RISK_PROFILE -> "risk";
            default -> key.key();
        };
    }

    private static Set<String> surnames() {
        try (var in = new ClassPathResource("extraction/surnames.txt").getInputStream()) {
            Set<String> surnames = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String surname : line.strip().split("\\s+")) {
                        if (!surname.isBlank()) {
                            surnames.add(surname);
                        }
                    }
                }
            }
            return surnames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
