package com.branchmate.bot.conversation;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.branchmate.bot.platform.Background;

/**
 * The intent model: the shipped one (see {@link IntentModelFile}), or trained on the examples when that is stale; in
 * the background at start, with the embedding model it reads, so the first message does not wait for either.
 */
@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

    @Bean
    IntentClassifier intentClassifier() {
        return IntentClassifier.shared();
    }

    @Bean
    ApplicationRunner warmUpIntentModel(IntentClassifier classifier) {
        return args -> Background.run(classifier::warmUp);
    }
}
