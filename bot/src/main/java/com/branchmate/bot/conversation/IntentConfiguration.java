package com.branchmate.bot.conversation;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intent model, trained in the background at start so the first message does not wait for it. */
@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

    @Bean
    IntentClassifier intentClassifier() {
        return IntentClassifier.shared();
    }

    @Bean
    ApplicationRunner trainIntentModel(IntentClassifier classifier) {
        return args -> CompletableFuture.runAsync(classifier::warmUp);
    }
}
