package com.branchmate.bot.kb;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.branchmate.bot.huddles.HuddleTips;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.platform.Background;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.llm.CircuitBreakingChatModel;
import com.branchmate.bot.platform.llm.LlmUse;

import dev.langchain4j.model.chat.ChatModel;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.answer.Answerer;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.PrecomputedEmbedder;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.scripts.ScriptWriter;

/**
 * Wires the knowledge module into the bot: documents and passages in the bot's database, embeddings by the
 * in-process bge-small-zh model, answers and scripts through the shared language model when one is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    KnowledgeBase knowledgeBase(KbMapper mapper, PlatformTransactionManager transactions, KnowledgeProperties properties,
                                Clock clock) {
        // The built-in playbook's embeddings ship with it (computed when it was written): the first start embeds nothing.
        return new KnowledgeBase(new JdbcKnowledgeStore(mapper, new TransactionTemplate(transactions)),
                PrecomputedEmbedder.withPlaybook(BgeSmallZhEmbedder.shared()),
                new DocumentReader(properties.maxUploadSize().toBytes()), Chunker.standard(), clock,
                properties.refreshEvery());
    }

    @Bean
    Answerer answerer(KnowledgeBase knowledge, ObjectProvider<CircuitBreakingChatModel> model) {
        return new Answerer(knowledge, forUse(model, LlmUse.ANSWER));
    }

    @Bean
    CustomerScripts customerScripts(KnowledgeBase knowledge, ObjectProvider<CircuitBreakingChatModel> model,
                                    PeopleService people, AuditLog audit, Clock clock) {
        return new CustomerScripts(new ScriptWriter(knowledge, forUse(model, LlmUse.SCRIPT)), people, audit, clock);
    }

    @Bean
    Playbook playbook(Answerer answerer, CustomerScripts scripts) {
        return new KnowledgePlaybook(answerer, scripts);
    }

    @Bean
    HuddleTips huddleTips(KnowledgeBase knowledge) {
        return new KnowledgeHuddleTips(knowledge);
    }

    /**
     * Loads the built-in playbook before the bot takes messages: on a restart, a look-up of each file's checksum. The
     * search index is built after (see {@link #warmUpSearch}).
     */
    @Bean
    ApplicationRunner loadPlaybook(KnowledgeBase knowledge, KnowledgeProperties properties) {
        return args -> {
            if (properties.defaultPlaybook()) {
                new DefaultPlaybook(knowledge).load();
            }
        };
    }

    /**
     * The search index (HanLP segments every passage) and the embedding model load in the background once the bot is
     * ready, so the start does not wait for them; a question asked sooner waits for them and gets the same answer.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> warmUpSearch(KnowledgeBase knowledge) {
        return event -> {
            Background.run(knowledge::refresh).exceptionally(e -> {
                log.warn("Search index not loaded after start ({}): the first search loads it",
                        (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
                return null;
            });
            Background.run(BgeSmallZhEmbedder.shared()::warmUp);
        };
    }

    /** The shared model counted under this use, or none (offline). */
    private static ChatModel forUse(ObjectProvider<CircuitBreakingChatModel> model, String use) {
        CircuitBreakingChatModel shared = model.getIfAvailable();
        return shared == null ? null : shared.forUse(use);
    }
}
