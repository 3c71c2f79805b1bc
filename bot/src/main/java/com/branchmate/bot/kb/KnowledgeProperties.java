package com.branchmate.bot.kb;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code bot.kb.*}: the largest file an admin may upload, whether the built-in playbook is loaded on start, and how
 * often an instance checks the database for documents another instance added.
 */
@ConfigurationProperties("bot.kb")
public record KnowledgeProperties(@DefaultValue("10MB") DataSize maxUploadSize,
                                  @DefaultValue("true") boolean defaultPlaybook,
                                  @DefaultValue("2s") Duration refreshEvery) {
}
