package dev.helpdesk.web.portal.kb;

/** Where an article or section sits in the knowledge base: ids for links, names for people. */
public record Place(String categoryId, String categoryName, String sectionId, String sectionName) {
}
