package dev.helpdesk.web.internal;

/** The sidebar entry a page belongs to, so the sidebar can mark it as current. */
public enum Nav {
    TICKETS, NEW_TICKET, KNOWLEDGE_BASE, PROFILE, SETTINGS, NONE
}
