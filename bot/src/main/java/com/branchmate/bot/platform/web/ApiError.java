package com.branchmate.bot.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every error answer under /api: status, Chinese message, and the field at fault if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String field) {

    public static ApiError of(int status, String error) {
        return new ApiError(status, error, null);
    }
}
