package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Text;
import java.util.Objects;

/**
 * A group of articles inside a {@link KbCategory}, enabled for an {@link Audience} of its own: a contact sees it
 * only where its category is enabled too.
 *
 * @param position where it is listed among its category's sections, smallest first (ties by id)
 */
public record Section(SectionId id, KbCategoryId category, String name, String description, int position,
                      Audience audience) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        name = Text.singleLine("name", name, KbCategory.NAME_LIMIT);
        description = Text.optional("description", description, KbCategory.DESCRIPTION_LIMIT);
        Objects.requireNonNull(audience, "audience");
    }

    public Section withAudience(Audience value) {
        return new Section(id, category, name, description, position, value);
    }
}
