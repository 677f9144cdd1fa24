package dev.helpdesk.core.domain.policy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The name of a ticket field: one of the built-in ones or {@code custom.<key>}. It is the name errors use.
 */
public record FieldRef(String name) implements Comparable<FieldRef> {
    public static final FieldRef STATUS = new FieldRef("status");
    public static final FieldRef TYPE = new FieldRef("type");
    public static final FieldRef PRIORITY = new FieldRef("priority");
    public static final FieldRef IMPACT = new FieldRef("impact");
    public static final FieldRef PRODUCT_FAMILY = new FieldRef("product_family");
    public static final List<FieldRef> BUILT_IN = List.of(STATUS, TYPE, PRIORITY, IMPACT, PRODUCT_FAMILY);

    private static final String CUSTOM_PREFIX = "custom.";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public FieldRef {
        boolean builtIn = List.of("status", "type", "priority", "impact", "product_family").contains(name);
        boolean custom = name != null && name.startsWith(CUSTOM_PREFIX)
                && KEY.matcher(name.substring(CUSTOM_PREFIX.length())).matches();
        if (!builtIn && !custom) {
            throw new IllegalArgumentException("not a field name: " + name);
        }
    }

    public static FieldRef custom(String key) {
        return new FieldRef(CUSTOM_PREFIX + key);
    }

    /** Reads a field name that came from outside, such as a form or a query string; empty when it is none. */
    public static java.util.Optional<FieldRef> parse(String name) {
        try {
            return java.util.Optional.of(new FieldRef(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public boolean isCustom() {
        return name.startsWith(CUSTOM_PREFIX);
    }

    @Override
    public int compareTo(FieldRef other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
