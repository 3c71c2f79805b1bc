package com.branchmate.bot.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.MemberLookup;
import com.branchmate.bot.platform.persistence.DatabaseDown;

/**
 * A console session carries the rights of the member's current row, read on every request: a demoted admin loses
 * admin pages at once, and a disabled or deleted member's session ends with 401 (a page: back to the login).
 */
class CurrentMemberFilter extends OncePerRequestFilter {

    private final MemberLookup members;
    private final JsonErrorWriter errors;
    private final RequestMatcher api;

    CurrentMemberFilter(MemberLookup members, JsonErrorWriter errors, RequestMatcher api) {
        this.members = members;
        this.errors = errors;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof MemberPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        java.util.Optional<Member> current;
        try {
            current = members.findByLogin(principal.login()).filter(Member::canLogIn);
        } catch (RuntimeException e) {
            if (!DatabaseDown.is(e)) {
                throw e;
            }
            errors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "数据库暂时不可用，请稍后再试");
            return;
        }
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (api.matches(request)) {
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "账号已停用，请重新登录");
            } else {
                response.sendRedirect("/login.html?disabled");
            }
            return;
        }
        MemberPrincipal fresh = MemberPrincipal.of(current.get());
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        refreshed.setDetails(authentication.getDetails());
        // This request only: the session keeps the login, and the next request reads the row again.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
