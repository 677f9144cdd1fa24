package dev.helpdesk.core.domain.directory;

/** How much of each other's tickets the members of one organization see. Primary users always see all. */
public enum SharingMode {
    /** Each member sees only the tickets they opened (seed 003: each team member sees only their own). */
    OWN_TICKETS_ONLY,
    /** Every member may read every ticket of the organization, but reply only to their own. */
    MEMBERS_VIEW,
    /** Every member may read and reply to every ticket of the organization. */
    MEMBERS_VIEW_AND_REPLY;

    public boolean membersSeeAll() {
        return this != OWN_TICKETS_ONLY;
    }

    public boolean membersReplyToAll() {
        return this == MEMBERS_VIEW_AND_REPLY;
    }
}
