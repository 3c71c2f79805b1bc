package com.branchmate.bot.support;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies built from maps, so Chinese text and quotes are escaped correctly. */
public final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {
    }

    public static String of(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }
}
