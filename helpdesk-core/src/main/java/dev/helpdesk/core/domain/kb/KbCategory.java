package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Text;
import java.util.Objects;

/**
 * The top level of the knowledge base (seed 001: categories, sections, articles), enabled for an {@link Audience}.
 *
 * @param position where it is listed among the categories, smallest first (ties by id)
 */
public record KbCategory(KbCategoryId id, String name, String description, int position, Audience audience) {
    public static final int NAME_LIMIT = 200;
    public static final int DESCRIPTION_LIMIT = 2000;

    public KbCategory {
        Objects.requireNonNull(id, "id");
        name = Text.singleLine("name", name, NAME_LIMIT);
        description = Text.optional("description", description, DESCRIPTION_LIMIT);
        Objects.requireNonNull(audience, "audience");
    }

    public KbCategory withAudience(Audience value) {
        return new KbCategory(id, name, description, position, value);
    }
}
