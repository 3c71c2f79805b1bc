package com.branchmate.bot.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.MemberLookup;
import com.branchmate.bot.platform.BotProperties;

/**
 * {@code Authorization: Bearer <token>}: the deployment's BOT_API_TOKEN acts as the system caller, a token
 * created in the console acts as its member. A wrong token is answered 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final BotProperties properties;
    private final ApiTokens tokens;
    private final MemberLookup members;
    private final JsonErrorWriter errors;

    BearerTokenFilter(BotProperties properties, ApiTokens tokens, MemberLookup members, JsonErrorWriter errors) {
        this.properties = properties;
        this.tokens = tokens;
        this.members = members;
        this.errors = errors;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<Caller> caller = resolve(token);
        if (caller.isEmpty()) {
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "令牌无效或已被撤销");
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(caller.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().name())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Caller> resolve(String token) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (properties.hasApiToken() && constantTimeEquals(token, properties.apiToken())) {
            return Optional.of(Caller.system());
        }
        return tokens.ownerLogin(token)
                .flatMap(members::findByLogin)
                .filter(Member::enabled)
                .map(Caller::of);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
