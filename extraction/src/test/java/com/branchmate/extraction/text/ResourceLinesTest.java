package com.branchmate.extraction.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceLinesTest {

    @Test
    void keepsStrippedLinesWithoutCommentsOrBlanks() {
        List<String> lines = ResourceLines.read("extraction/text/fillers.txt");

        assertThat(lines).isNotEmpty();
        assertThat(lines).noneMatch(l -> l.isBlank() || l.startsWith("#") || !l.equals(l.strip()));
    }

    @Test
    void aMissingResourceIsAnError() {
        assertThatThrownBy(() -> ResourceLines.read("extraction/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-list.txt");
    }
}
