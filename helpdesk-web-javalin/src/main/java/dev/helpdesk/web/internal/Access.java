package dev.helpdesk.web.internal;

/** Who may reach a route. */
public enum Access {
    /** Anyone: sign-in, password reset, welcome, assets. */
    PUBLIC,
    /** A signed-in contact; others are sent to the sign-in page (or get a 401 for scripts and forms). */
    SIGNED_IN
}
