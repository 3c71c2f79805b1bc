package com.branchmate.bot.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.branchmate.bot.access.Member;

/** A console login. Holds only the login; the member is read again on each request so role changes apply at once. */
record MemberPrincipal(String login, String passwordHash, String role, boolean enabled) implements UserDetails {

    static MemberPrincipal of(Member member) {
        return new MemberPrincipal(member.login(), member.passwordHash(), member.role().name(), member.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
