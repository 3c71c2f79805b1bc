package com.branchmate.bot.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.MemberLookup;

/** Lets controllers take a {@link Caller} parameter: who is asking, read fresh from the database. */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final MemberLookup members;

    CallerArgumentResolver(MemberLookup members) {
        this.members = members;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new InsufficientAuthenticationException("not logged in");
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication.getPrincipal() instanceof MemberPrincipal principal) {
            return members.findByLogin(principal.login())
                    .filter(Member::enabled)
                    .map(Caller::of)
                    .orElseThrow(() -> new InsufficientAuthenticationException("member no longer enabled"));
        }
        throw new InsufficientAuthenticationException("unknown principal");
    }
}
