package dev.helpdesk.web.internal;

/** A page or endpoint of the portal. */
@FunctionalInterface
public interface PortalHandler {
    void handle(PortalRequest request) throws Exception;
}
