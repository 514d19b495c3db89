package org.policytracker.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * One-time initial passwords of invitations (ASVS V2.3.1: securely random, replaced at first sign-in):
 * 16 characters without look-alikes (0/O, 1/l/I), so they can be read out or typed from paper; about
 * 93 bits.
 */
@Component
class InitialPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
