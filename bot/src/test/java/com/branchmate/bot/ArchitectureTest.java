package com.branchmate.bot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Feature boundaries: no cycles between packages, channels stay apart, platform sits below the features, and
 * features reach each other through services, not mappers.
 */
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

    /** Every top-level package (members, platform, notes, …) is one slice; subpackages belong to their slice. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("com.branchmate.bot.(*)..")
            .should().beFreeOfCycles();

    /**
     * Features use platform (audit, errors, security); platform uses no feature, members included: it reads
     * members through the access types and the {@code MemberLookup} port the members feature implements.
     */
    @ArchTest
    static final ArchRule platformDependsOnNoFeature = classes()
            .that().resideInAPackage("com.branchmate.bot.platform..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("com.branchmate.bot..")
                    .or(resideInAnyPackage("com.branchmate.bot.platform..", "com.branchmate.bot.access..")));

    /** Who is asking and what they may see: shared by platform and the features, so it depends on neither. */
    @ArchTest
    static final ArchRule accessDependsOnNoOtherPackage = classes()
            .that().resideInAPackage("com.branchmate.bot.access..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("com.branchmate.bot..")
                    .or(resideInAnyPackage("com.branchmate.bot.access..")));

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
