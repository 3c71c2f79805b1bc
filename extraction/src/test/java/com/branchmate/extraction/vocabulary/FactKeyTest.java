package com.branchmate.extraction.vocabulary;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FactKeyTest {

    @Test
    void contactDataIsPhoneAndWeChatOnly() {
        assertThat(Arrays.stream(FactKey.values()).filter(FactKey::contact))
                .containsExactlyInAnyOrder(FactKey.PHONE, FactKey.WECHAT);
    }

    @Test
    void keysApplyAsTheVocabularySays() {
        assertThat(FactKey.ROLE.appliesTo(PersonKind.STAFF)).isTrue();
        assertThat(FactKey.ROLE.appliesTo(PersonKind.CUSTOMER)).isFalse();
        assertThat(FactKey.ASSET.appliesTo(PersonKind.STAFF)).isFalse();
        assertThat(FactKey.HOBBY.appliesTo(PersonKind.STAFF)).isTrue();
        assertThat(FactKey.HOBBY.appliesTo(PersonKind.CUSTOMER)).isTrue();
    }

    @Test
    void aPersonHasOneBirthdayButManyHobbies() {
        assertThat(FactKey.BIRTHDAY.singleValued()).isTrue();
        assertThat(FactKey.HOBBY.singleValued()).isFalse();
        assertThat(FactKey.isFreeText("hobby")).isTrue();
        assertThat(FactKey.isFreeText("phone")).isFalse();
        assertThat(FactKey.isFreeText("unknown")).isFalse();
    }
}
