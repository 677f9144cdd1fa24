package dev.helpdesk.core.port;

/** Single-use codes (password reset, welcome links), stored hashed. */
public interface OneTimeCodeRepository {
}
