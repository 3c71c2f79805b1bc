package com.branchmate.bot.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On start: facts written before they had to be encrypted (a phone number in free text) are sealed now. */
@Component
class PlainFactSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlainFactSealing.class);

    private final PeopleService people;

    PlainFactSealing(PeopleService people) {
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            int sealed = people.sealPlainFacts();
            if (sealed > 0) {
                log.info("Encrypted {} facts that held a phone number in plain text", sealed);
            }
        } catch (RuntimeException e) {
            // The database may be away at start; the next start seals them.
            log.warn("Could not seal plain-text facts now: {}", e.getClass().getSimpleName());
        }
    }
}
