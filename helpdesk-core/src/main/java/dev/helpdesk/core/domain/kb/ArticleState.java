package dev.helpdesk.core.domain.kb;

/** Whether contacts may read an article: agents write drafts and publish them when ready. */
public enum ArticleState {
    DRAFT,
    PUBLISHED
}
