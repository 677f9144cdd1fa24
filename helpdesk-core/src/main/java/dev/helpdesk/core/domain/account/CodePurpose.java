package dev.helpdesk.core.domain.account;

/** Why a one-time code was issued: the first two let the contact set a password, the last confirms an address. */
public enum CodePurpose {
    /** "Forgot password?": short-lived. */
    PASSWORD_RESET,
    /** The link in the welcome e-mail of an invited contact. */
    WELCOME,
    /** The link sent to a new e-mail address, which becomes the contact's when followed. */
    EMAIL_CHANGE
}
