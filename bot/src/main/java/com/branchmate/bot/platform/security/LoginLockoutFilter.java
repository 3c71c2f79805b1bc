package com.branchmate.bot.platform.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a login form post for a locked login before the password is even checked. */
class LoginLockoutFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;

    LoginLockoutFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (attempts.isLocked(request.getParameter("username"))) {
            response.sendRedirect("/login.html?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
