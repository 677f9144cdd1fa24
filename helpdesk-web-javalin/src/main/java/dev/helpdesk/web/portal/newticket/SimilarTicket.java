package dev.helpdesk.web.portal.newticket;

/** An open ticket of the viewer's that looks like the one being written: a gentle "is this a duplicate?". */
public record SimilarTicket(String reference, String subject, String url) {
}
