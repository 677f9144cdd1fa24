package dev.helpdesk.core.domain.kb;

import java.util.Objects;

/** The votes on one article: how many found it helpful and how many did not. */
public record Helpfulness(ArticleId article, long yes, long no) {
    public Helpfulness {
        Objects.requireNonNull(article, "article");
        if (yes < 0 || no < 0) {
            throw new IllegalArgumentException("negative vote count");
        }
    }

    public static Helpfulness none(ArticleId article) {
        return new Helpfulness(article, 0, 0);
    }

    public long total() {
        return yes + no;
    }

    /** The share of "yes" votes, from 0 to 1; 0 while nobody has voted. */
    public double ratio() {
        return total() == 0 ? 0 : (double) yes / total();
    }
}
