package com.branchmate.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Feature boundaries: channels stay apart, and features reach each other through services, not mappers. */
@AnalyzeClasses(packages = "com.branchmate.bot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule weComDoesNotUseDingTalk = noClasses().that().resideInAPackage("..channels.wecom..")
            .should().dependOnClassesThat().resideInAPackage("..channels.dingtalk..");

    @ArchTest
    static final ArchRule dingTalkDoesNotUseWeCom = noClasses().that().resideInAPackage("..channels.dingtalk..")
            .should().dependOnClassesThat().resideInAPackage("..channels.wecom..");

    @ArchTest
    static final ArchRule webDoesNotUsePlatformChannels = noClasses().that().resideInAPackage("..channels.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..channels.wecom..", "..channels.dingtalk..");

    /** Channels hand messages to a port the conversation implements; the conversation uses channels' types. */
    @ArchTest
    static final ArchRule channelsDoNotDependOnTheConversation = noClasses().that().resideInAPackage("..channels..")
            .should().dependOnClassesThat().resideInAPackage("..conversation..");

    /** Intent handlers live in their features; the shared intent types depend on no feature. */
    @ArchTest
    static final ArchRule intentTypesDependOnNoFeature = noClasses().that().resideInAPackage("..bot.intents..")
            .should().dependOnClassesThat().resideInAnyPackage("..conversation..", "..channels..", "..notes..",
                    "..people..", "..tasks..", "..huddles..", "..kb..");

    @ArchTest
    static final ArchRule mappersAreUsedOnlyInTheirOwnFeature = noClasses()
            .should(new ArchCondition<JavaClass>("use a mapper of another package") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    item.getDirectDependenciesFromSelf().stream()
                            .map(dependency -> dependency.getTargetClass())
                            .filter(target -> target.getSimpleName().endsWith("Mapper")
                                    && target.getPackageName().startsWith("com.branchmate.bot")
                                    && !target.getPackageName().equals(item.getPackageName()))
                            .forEach(target -> events.add(SimpleConditionEvent.violated(item,
                                    item.getName() + " uses " + target.getName())));
                }
            });
}
