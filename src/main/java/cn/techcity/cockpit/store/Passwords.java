package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Account passwords as PBKDF2-HMAC-SHA256 from the JDK: a 16-byte random salt, {@link #ITERATIONS} iterations (OWASP's
 * 2023 figure for this hash), a 256-bit key; checked in constant time. The clear password is never stored or logged.
 */
public final class Passwords {
    public static final int ITERATIONS = 600_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** What is stored of a password. */
    public record Hashed(String salt, String hash, int iterations) {
        /** Checked against when the name is unknown, so that an unknown name takes as long as a wrong password. */
        static final Hashed DUMMY = new Hashed("AAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                ITERATIONS);
    }

    public static Hashed hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Hashed(Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(
                derive(password, salt, ITERATIONS)), ITERATIONS);
    }

    public static boolean matches(char[] password, Hashed stored) {
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The rules for a new password: at least 8 characters, not only digits, not the user name. */
    public static Text weakness(String username, char[] password) {
        if (password.length < 8) {
            return Text.of("store.password-short");
        }
        boolean digitsOnly = true;
        for (char ch : password) {
            digitsOnly &= Character.isDigit(ch);
        }
        if (digitsOnly) {
            return Text.of("store.password-digits");
        }
        if (Arrays.equals(password, username.toCharArray())) {
            return Text.of("store.password-user-name");
        }
        return null;
    }
}
