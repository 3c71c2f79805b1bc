package com.branchmate.knowledge.search;

/** Hybrid is what the product uses; the single modes exist so the benchmark can show what fusion adds. */
public enum SearchMode {
    HYBRID, KEYWORD, VECTOR
}
