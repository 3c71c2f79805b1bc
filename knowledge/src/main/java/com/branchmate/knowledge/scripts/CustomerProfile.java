package com.branchmate.knowledge.scripts;

import java.util.List;
import java.util.Optional;

/**
 * What the bot knows of the customer a script is for: how to address them (张先生) and their current facts. The bot
 * fills it only with what the asking manager may see.
 */
public record CustomerProfile(String address, List<Fact> facts) {

    /**
     * One fact. {@code key} is the bot's fact key (maturity, birthday, hobby, interest, family, stage, product,
     * asset, risk, occupation, age); {@code label} is how a person says it (产品到期); {@code soon} marks a date
     * within the next month (a birthday or maturity worth mentioning now).
     */
    public record Fact(String key, String label, String value, boolean soon) {

        public String describe() {
            return label + "：" + value;
        }
    }

    public Optional<Fact> first(String... keys) {
        for (String key : keys) {
            Optional<Fact> fact = facts.stream().filter(f -> f.key().equals(key)).findFirst();
            if (fact.isPresent()) {
                return fact;
            }
        }
        return Optional.empty();
    }
}
