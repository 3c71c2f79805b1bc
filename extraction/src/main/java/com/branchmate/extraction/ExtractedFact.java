package com.branchmate.extraction;

import com.branchmate.extraction.vocabulary.FactKey;

/**
 * One fact: a key of the vocabulary ({@link FactKey}) and its value in the format domain.md gives
 * (phone digits only, birthday --MM-DD or lunar:--MM-DD, asset in yuan, ...). {@code note} says what an
 * anniversary is, and is null otherwise.
 */
public record ExtractedFact(String key, String value, String note) {

    public ExtractedFact(String key, String value) {
        this(key, value, null);
    }
}
