package com.loyaltybatch.launch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.common.Sql;

/**
 * The keys of the HTTP API. A key is 256 random bits, shown once when it is created; only its
 * SHA-256 hash is stored, so a copy of the database gives no access. Looking a key up costs one
 * indexed query, remembered for a few seconds: a revocation reaches every process within
 * {@link #REMEMBERED}.
 */
@Service
public class ApiKeys {

    /** How long a looked-up key (or its absence) is remembered. */
    static final Duration REMEMBERED = Duration.ofSeconds(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as listed: never the key itself. */
    public record ApiKey(String name, boolean readOnly, Instant createdDate, Instant revokedDate) {

        public boolean active() {
            return revokedDate == null;
        }
    }

    /** A key just created: {@code key} is the secret, shown this once. */
    public record Created(ApiKey apiKey, String key) {
    }

    private record Remembered(Optional<ApiKey> key, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Created create(String name, boolean readOnly) {
        String keyName = name == null ? "" : name.strip();
        if (!keyName.matches("[A-Za-z0-9._-]{1,64}")) {
            throw InvalidInputException.field("name", "1 to 64 letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "lb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        try {
            jdbc.sql("INSERT INTO api_key (name, key_hash, read_only, created_date) VALUES (?, ?, ?, ?)")
                    .params(keyName, hash(key), readOnly, Sql.ts(now)).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("an API key named " + keyName + " already exists");
        }
        return new Created(new ApiKey(keyName, readOnly, now, null), key);
    }

    private static final String SELECT = "SELECT name, read_only, created_date, revoked_date FROM api_key";

    @Transactional(readOnly = true)
    public List<ApiKey> list() {
        return jdbc.sql(SELECT + " ORDER BY name").query(ApiKeys::map).list();
    }

    private static ApiKey map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiKey(rs.getString(1), rs.getBoolean(2), Sql.instant(rs, "created_date"),
                Sql.instant(rs, "revoked_date"));
    }

    @Transactional
    public ApiKey revoke(String name) {
        int revoked = jdbc.sql("UPDATE api_key SET revoked_date = ? WHERE name = ? AND revoked_date IS NULL")
                .params(Sql.ts(clock.instant()), name).update();
        ApiKey key = jdbc.sql(SELECT + " WHERE name = ?").param(name).query(ApiKeys::map).optional()
                .orElseThrow(() -> new NotFoundException("API key", name));
        if (revoked == 0) {
            throw new ConflictException("API key " + name + " was already revoked on " + key.revokedDate());
        }
        remembered.clear();
        return key;
    }

    /** The active key a request presents, if any. */
    public Optional<ApiKey> find(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(presented.strip());
        Instant now = clock.instant();
        Remembered known = remembered.get(hash);
        if (known == null || known.until().isBefore(now)) {
            known = new Remembered(lookUp(hash), now.plus(REMEMBERED));
            if (remembered.size() > 10_000) {
                remembered.clear();
            }
            remembered.put(hash, known);
        }
        return known.key();
    }

    private Optional<ApiKey> lookUp(String hash) {
        record Row(String hash, ApiKey key) {
        }
        return jdbc.sql("SELECT name, key_hash, read_only, created_date, revoked_date FROM api_key WHERE key_hash = ?")
                .param(hash)
                .query((rs, n) -> new Row(rs.getString(2), new ApiKey(rs.getString(1), rs.getBoolean(3),
                        Sql.instant(rs, "created_date"), Sql.instant(rs, "revoked_date"))))
                .optional()
                // the index found it; the comparison that admits it takes the same time whatever matches
                .filter(row -> MessageDigest.isEqual(row.hash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .map(Row::key)
                .filter(ApiKey::active);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
