package com.branchmate.bot.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.branchmate.bot.platform.web.ApiError;

import tools.jackson.databind.ObjectMapper;

/** Writes the same JSON error body as the controllers' advice, for answers given before a controller runs. */
@Component
class JsonErrorWriter {

    private final ObjectMapper objectMapper;

    JsonErrorWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), ApiError.of(status, message));
    }
}
