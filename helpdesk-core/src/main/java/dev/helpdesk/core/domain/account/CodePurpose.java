package dev.helpdesk.core.domain.account;

/** Why a one-time code was issued; both let the contact set a password. */
public enum CodePurpose {
    /** "Forgot password?": short-lived. */
    PASSWORD_RESET,
    /** The link in the welcome e-mail of an invited contact: longer-lived. */
    WELCOME
}
