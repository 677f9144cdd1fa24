package dev.helpdesk.core.port;

/** Knowledge-base categories, sections, articles, their enablement per organization and helpfulness votes. */
public interface KnowledgeBaseRepository {
}
