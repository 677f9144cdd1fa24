package dev.helpdesk.web.portal.newticket;

/**
 * A category or subcategory as a card of the first steps: its name and help text in the viewer's language, and the
 * portal path of the next step.
 */
public record CategoryCard(String id, String name, String help, String path) {
}
