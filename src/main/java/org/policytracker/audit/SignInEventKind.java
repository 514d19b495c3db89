package org.policytracker.audit;

/** What happened at a sign-in. */
public enum SignInEventKind {
    /** Signed in. */
    SUCCESS,
    /** A wrong password or an unknown name. */
    FAILURE,
    /** Refused without looking at the password: the name or the address is locked out. */
    REFUSED_LOCKED_OUT,
    /** Repeated failures locked the name (or, without a name, the address) out for a while. */
    LOCKOUT,
    /** Signed out. */
    LOGOUT
}
