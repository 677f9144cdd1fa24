package dev.helpdesk.core.domain.sla;

/** The two promises an SLA policy makes about a ticket. */
public enum SlaTarget {
    /** An agent's first public reply. */
    FIRST_RESPONSE("first_response"),
    /** The ticket solved or closed. */
    RESOLUTION("resolution");

    private final String code;

    SlaTarget(String code) {
        this.code = code;
    }

    /** The stable name stored and shown to integrations. */
    public String code() {
        return code;
    }

    public static SlaTarget ofCode(String code) {
        for (SlaTarget target : values()) {
            if (target.code.equals(code)) {
                return target;
            }
        }
        throw new IllegalArgumentException("no SLA target " + code);
    }
}
