package dev.helpdesk.core.domain.status;

import dev.helpdesk.core.domain.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the status catalog.
 *
 * @param code          a stable key stored on tickets ({@code in_progress})
 * @param internalName  what agents see ("Install request")
 * @param customerLabel what customers see; may differ ("In progress")
 * @param pausesSla     whether time in this status stops the SLA clock (waiting on the customer, typically)
 */
public record Status(String code, String internalName, String customerLabel, StatusKind kind, boolean pausesSla) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public Status {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("status code must be lower case letters, digits or '_': " + code);
        }
        internalName = Text.singleLine("internalName", internalName, 60);
        customerLabel = Text.singleLine("customerLabel", customerLabel, 60);
        Objects.requireNonNull(kind, "kind");
    }

    public static Status of(String code, String name, StatusKind kind) {
        return new Status(code, name, name, kind, kind == StatusKind.WAITING_ON_CUSTOMER);
    }

    public Status labelledForCustomers(String label) {
        return new Status(code, internalName, label, kind, pausesSla);
    }
}
