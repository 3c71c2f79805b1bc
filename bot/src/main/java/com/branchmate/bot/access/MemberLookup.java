package com.branchmate.bot.access;

import java.util.Optional;

/**
 * What platform security reads about members: whom a login or token names, and whom a change is recorded under.
 * The members feature implements it, so security depends on this package and not on that feature.
 */
public interface MemberLookup {

    Optional<Member> findByLogin(String login);

    Member actingMember(Caller caller);
}
