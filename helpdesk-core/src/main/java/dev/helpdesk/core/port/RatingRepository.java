package dev.helpdesk.core.port;

/** Satisfaction ratings of resolved tickets and the e-mail invitations to rate. */
public interface RatingRepository {
}
