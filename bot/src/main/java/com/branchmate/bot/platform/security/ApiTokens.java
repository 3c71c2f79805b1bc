package com.branchmate.bot.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.branchmate.bot.access.Member;

/** API tokens created for members. Only a SHA-256 of each token is stored; the token is shown once. */
@Service
public class ApiTokens {

    private final ApiTokenMapper mapper;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Creates a token for the member and returns it; it cannot be read back later. */
    public String create(Member owner, String name) {
        return issue(owner, name).token();
    }

    public record IssuedToken(long id, String name, String token) {
    }

    public IssuedToken issue(Member owner, String name) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "bm_" + HexFormat.of().formatHex(bytes);
        var id = new com.branchmate.bot.platform.persistence.GeneratedId();
        mapper.insert(name, sha256(token), owner.id(), clock.instant(), id);
        return new IssuedToken(id.get(), name, token);
    }

    public java.util.List<ApiTokenView> list(Long memberId) {
        return mapper.findAll(memberId);
    }

    public boolean revoke(long id, Long memberId) {
        return mapper.revoke(id, memberId, clock.instant()) > 0;
    }

    Optional<String> ownerLogin(String token) {
        String hash = sha256(token);
        String login = mapper.findActiveOwnerLogin(hash);
        if (login != null) {
            mapper.markUsed(hash, clock.instant());
        }
        return Optional.ofNullable(login);
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
