package dev.helpdesk.examples.portal;

/** An e-mail composed from an event, before it is "sent". */
record Draft(String to, String subject, String body) {
}
