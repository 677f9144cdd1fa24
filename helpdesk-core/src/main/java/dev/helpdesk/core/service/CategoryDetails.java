package dev.helpdesk.core.service;

/**
 * What an agent writes about a knowledge-base category: its name, a short description, and its position in the
 * list (smallest first). Checked when the category is built.
 */
public record CategoryDetails(String name, String description, int position) {
    public static CategoryDetails of(String name) {
        return new CategoryDetails(name, "", 0);
    }
}
