package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleMatch;
import dev.helpdesk.core.domain.kb.ArticleQuery;
import dev.helpdesk.core.domain.kb.ArticleState;
import dev.helpdesk.core.domain.kb.ArticleText;
import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.KnowledgeBaseScope;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.domain.kb.Voter;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The knowledge base in tables; the scope of every read becomes SQL conditions ({@link #visible}), so nothing
 * unfiltered leaves the database. Search reads the words the domain folded ({@link ArticleText}): on SQLite an FTS5
 * table ranked by bm25 (title 20, keywords 10, body 1), on PostgreSQL tsvectors with a GIN index ranked by ts_rank
 * (title A, keywords B, body C). Typed text reaches either only as bound, quoted words.
 */
public final class JdbcKnowledgeBaseRepository implements KnowledgeBaseRepository {
    private static final String ARTICLE_COLUMNS = "a.id, a.section_id, a.title, a.body, a.keywords, a.files, a.state, "
            + "a.author_id, a.created_at, a.updated_at, a.version";
    private static final String ARTICLE_JOINS = " JOIN kb_section s ON s.id = a.section_id"
            + " JOIN kb_category c ON c.id = s.category_id";
    private static final String PUBLISHED = ArticleState.PUBLISHED.name();
    /** ts_rank weights for D, C (body), B (keywords), A (title). */
    private static final String PG_WEIGHTS = "'{0.05, 0.2, 0.5, 1.0}'";

    private final Database database;

    public JdbcKnowledgeBaseRepository(Database database) {
        this.database = database;
    }

    // -------------------------------------------------------------------------------- categories, sections

    @Override
    public void saveCategory(KbCategory category) {
        database.write(h -> {
            h.createUpdate("INSERT INTO kb_category (id, name, description, position, everyone) "
                            + "VALUES (:id, :name, :description, :position, :everyone) ON CONFLICT (id) DO UPDATE SET "
                            + "name = excluded.name, description = excluded.description, position = excluded.position, "
                            + "everyone = excluded.everyone")
                    .bind("id", category.id().value()).bind("name", category.name())
                    .bind("description", category.description()).bind("position", category.position())
                    .bind("everyone", category.audience().everyone()).execute();
            replaceOrganizations(h, "kb_category_organization", "category_id", category.id().value(),
                    category.audience());
        });
    }

    @Override
    public void saveSection(Section section) {
        database.write(h -> {
            h.createUpdate("INSERT INTO kb_section (id, category_id, name, description, position, everyone) "
                            + "VALUES (:id, :category, :name, :description, :position, :everyone) ON CONFLICT (id) "
                            + "DO UPDATE SET category_id = excluded.category_id, name = excluded.name, "
                            + "description = excluded.description, position = excluded.position, "
                            + "everyone = excluded.everyone")
                    .bind("id", section.id().value()).bind("category", section.category().value())
                    .bind("name", section.name()).bind("description", section.description())
                    .bind("position", section.position()).bind("everyone", section.audience().everyone()).execute();
            replaceOrganizations(h, "kb_section_organization", "section_id", section.id().value(), section.audience());
        });
    }

    /** {@code table} and {@code column} are constants of this class, never input. */
    private static void replaceOrganizations(Handle h, String table, String column, String id, Audience audience) {
        h.createUpdate("DELETE FROM " + table + " WHERE " + column + " = :id").bind("id", id).execute();
        for (OrganizationId organization : audience.organizations()) {
            h.createUpdate("INSERT INTO " + table + " (" + column + ", organization_id) VALUES (:id, :o)")
                    .bind("id", id).bind("o", organization.value()).execute();
        }
    }

    @Override
    public Optional<KbCategory> findCategory(KnowledgeBaseScope scope, KbCategoryId id) {
        return database.read(h -> categories(h, scope, sql -> sql.append(" AND c.id = ").value(id.value()))
                .stream().findFirst());
    }

    @Override
    public List<KbCategory> categories(KnowledgeBaseScope scope) {
        return database.read(h -> categories(h, scope, sql -> { }));
    }

    private List<KbCategory> categories(Handle h, KnowledgeBaseScope scope, Consumer<Sql> condition) {
        Sql sql = new Sql("SELECT c.id, c.name, c.description, c.position, c.everyone FROM kb_category c WHERE 1 = 1");
        visibleCategory(sql, scope);
        condition.accept(sql);
        sql.append(" ORDER BY c.position, c.id");
        List<Row<KbCategory>> rows = sql.query(h).map((rs, ctx) -> {
            String id = rs.getString("id");
            String name = rs.getString("name");
            String description = rs.getString("description");
            int position = rs.getInt("position");
            return new Row<KbCategory>(id, audience -> new KbCategory(KbCategoryId.of(id), name, description,
                    position, audience), rs.getBoolean("everyone"));
        }).list();
        return withAudiences(h, rows, "kb_category_organization", "category_id");
    }

    @Override
    public Optional<Section> findSection(KnowledgeBaseScope scope, SectionId id) {
        return database.read(h -> sections(h, scope, sql -> sql.append(" AND s.id = ").value(id.value()))
                .stream().findFirst());
    }

    @Override
    public List<Section> sections(KnowledgeBaseScope scope, KbCategoryId category) {
        return database.read(h -> sections(h, scope, sql -> sql.append(" AND s.category_id = ").value(category.value())));
    }

    private List<Section> sections(Handle h, KnowledgeBaseScope scope, Consumer<Sql> condition) {
        Sql sql = new Sql("SELECT s.id, s.category_id, s.name, s.description, s.position, s.everyone "
                + "FROM kb_section s JOIN kb_category c ON c.id = s.category_id WHERE 1 = 1");
        visibleSection(sql, scope);
        condition.accept(sql);
        sql.append(" ORDER BY s.position, s.id");
        List<Row<Section>> rows = sql.query(h).map((rs, ctx) -> {
            String id = rs.getString("id");
            KbCategoryId category = KbCategoryId.of(rs.getString("category_id"));
            String name = rs.getString("name");
            String description = rs.getString("description");
            int position = rs.getInt("position");
            return new Row<Section>(id, audience -> new Section(SectionId.of(id), category, name, description,
                    position, audience), rs.getBoolean("everyone"));
        }).list();
        return withAudiences(h, rows, "kb_section_organization", "section_id");
    }

    /** A category or section row, read (its ResultSet closed), waiting for its audience's organizations. */
    private record Row<T>(String id, Function<Audience, T> build, boolean everyone) {
    }

    private static <T> List<T> withAudiences(Handle h, List<Row<T>> rows, String table, String column) {
        List<String> restricted = rows.stream().filter(r -> !r.everyone()).map(Row::id).toList();
        Map<String, Set<OrganizationId>> organizations = new HashMap<>();
        if (!restricted.isEmpty()) {
            new Sql("SELECT " + column + ", organization_id FROM " + table + " WHERE " + column + " IN ")
                    .values(restricted).query(h)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), OrganizationId.of(rs.getString(2))))
                    .forEach(e -> organizations.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        }
        List<T> built = new ArrayList<>();
        for (Row<T> row : rows) {
            built.add(row.build().apply(row.everyone() ? Audience.all()
                    : Audience.only(organizations.getOrDefault(row.id(), Set.of()))));
        }
        return built;
    }

    // ------------------------------------------------------------------------------------------- articles

    @Override
    public void insertArticle(Article article) {
        if (article.version() != 1) {
            throw new IllegalArgumentException("a new article starts at version 1, not " + article.version());
        }
        database.write(h -> {
            boolean exists = h.createQuery("SELECT count(*) FROM kb_article WHERE id = :id")
                    .bind("id", article.id().value()).mapTo(Integer.class).one() > 0;
            if (exists) {
                throw duplicate(article);
            }
            ArticleText text = ArticleText.of(article);
            boolean postgres = database.dialect() == Dialect.POSTGRESQL;
            Sql insert = new Sql("INSERT INTO kb_article (id, section_id, title, body, keywords, files, state, author_id, "
                    + "created_at, updated_at, version" + (postgres ? ", title_words, keyword_words, body_words, document" : "")
                    + ") VALUES (").value(article.id().value());
            for (Object value : contentValues(article)) {
                insert.append(", ").value(value);
            }
            insert.append(", ").value(article.author().value()).append(", ").value(article.createdAt().toEpochMilli())
                    .append(", ").value(article.updatedAt().toEpochMilli()).append(", ").value(article.version());
            if (postgres) {
                insert.append(", ");
                postgresVectors(insert, text);
            }
            insert.append(")");
            try {
                insert.update(h);
            } catch (JdbiException e) {
                if (Database.isUniqueViolation(e)) {
                    throw duplicate(article);
                }
                throw e;
            }
            if (!postgres) {
                long number = h.createQuery("SELECT number FROM kb_article WHERE id = :id")
                        .bind("id", article.id().value()).mapTo(Long.class).one();
                h.createUpdate("INSERT INTO kb_article_text (rowid, title, keywords, body) VALUES (:n, :t, :k, :b)")
                        .bind("n", number).bind("t", joined(text.title())).bind("k", joined(text.keywords()))
                        .bind("b", joined(text.body())).execute();
            }
        });
    }

    @Override
    public void updateArticle(Article article) {
        database.write(h -> {
            Optional<Long> stored = h.createQuery("SELECT version FROM kb_article WHERE id = :id")
                    .bind("id", article.id().value()).mapTo(Long.class).findOne();
            if (stored.isEmpty()) {
                throw new IllegalStateException("article " + article.id() + " was never inserted");
            }
            ArticleText text = ArticleText.of(article);
            boolean postgres = database.dialect() == Dialect.POSTGRESQL;
            List<Object> values = contentValues(article);
            Sql update = new Sql("UPDATE kb_article SET section_id = ").value(values.get(0))
                    .append(", title = ").value(values.get(1)).append(", body = ").value(values.get(2))
                    .append(", keywords = ").value(values.get(3)).append(", files = ").value(values.get(4))
                    .append(", state = ").value(values.get(5))
                    .append(", updated_at = ").value(article.updatedAt().toEpochMilli())
                    .append(", version = ").value(article.version());
            if (postgres) {
                update.append(", (title_words, keyword_words, body_words, document) = (");
                postgresVectors(update, text);
                update.append(")");
            }
            update.append(" WHERE id = ").value(article.id().value())
                    .append(" AND version = ").value(article.version() - 1);
            if (update.update(h) != 1) {
                throw stale(article);
            }
            if (!postgres) {
                h.createUpdate("UPDATE kb_article_text SET title = :t, keywords = :k, body = :b WHERE rowid = "
                                + "(SELECT number FROM kb_article WHERE id = :id)")
                        .bind("t", joined(text.title())).bind("k", joined(text.keywords()))
                        .bind("b", joined(text.body())).bind("id", article.id().value()).execute();
            }
        });
    }

    /** Section, title, body, keywords, files and state, in that order. */
    private static List<Object> contentValues(Article article) {
        return List.of(article.section().value(), article.title(), article.body(), Json.strings(article.keywords()),
                Json.attachments(article.files()), article.state().name());
    }

    /** The four tsvectors of the PostgreSQL row, from the folded words (bound values). */
    private static void postgresVectors(Sql sql, ArticleText text) {
        String title = joined(text.title());
        String keywords = joined(text.keywords());
        String body = joined(text.body());
        sql.append("to_tsvector('simple', ").value(title).append("), to_tsvector('simple', ").value(keywords)
                .append("), to_tsvector('simple', ").value(body).append("), ")
                .append("setweight(to_tsvector('simple', ").value(title).append("), 'A') || ")
                .append("setweight(to_tsvector('simple', ").value(keywords).append("), 'B') || ")
                .append("setweight(to_tsvector('simple', ").value(body).append("), 'C')");
    }

    private static String joined(List<String> words) {
        return String.join(" ", words);
    }

    @Override
    public Optional<Article> findArticle(KnowledgeBaseScope scope, ArticleId id) {
        return database.read(h -> {
            Sql sql = new Sql("SELECT " + ARTICLE_COLUMNS + " FROM kb_article a" + ARTICLE_JOINS + " WHERE a.id = ")
                    .value(id.value());
            visibleArticle(sql, scope);
            return sql.query(h).map((rs, ctx) -> article(rs)).findFirst();
        });
    }

    @Override
    public List<Article> articles(KnowledgeBaseScope scope, SectionId section) {
        return database.read(h -> {
            Sql sql = new Sql("SELECT " + ARTICLE_COLUMNS + " FROM kb_article a" + ARTICLE_JOINS
                    + " WHERE a.section_id = ").value(section.value());
            visibleArticle(sql, scope);
            sql.append(" ORDER BY a.created_at, a.id");
            return sql.query(h).map((rs, ctx) -> article(rs)).list();
        });
    }

    private static Article article(ResultSet rs) throws SQLException {
        return new Article(ArticleId.of(rs.getString("id")), SectionId.of(rs.getString("section_id")),
                rs.getString("title"), rs.getString("body"), Json.strings(rs.getString("keywords")),
                Json.attachments(rs.getString("files")), ArticleState.valueOf(rs.getString("state")),
                AgentId.of(rs.getString("author_id")), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("version"));
    }

    // --------------------------------------------------------------------------------------------- scope

    /** The conditions of {@link KnowledgeBaseScope#sees(KbCategory)} on {@code c}. */
    private static void visibleCategory(Sql sql, KnowledgeBaseScope scope) {
        if (scope instanceof KnowledgeBaseScope.Staff) {
            return;
        }
        Set<OrganizationId> organizations = ((KnowledgeBaseScope.Contact) scope).organizations();
        sql.append(" AND (c.everyone");
        if (!organizations.isEmpty()) {
            sql.append(" OR EXISTS (SELECT 1 FROM kb_category_organization co WHERE co.category_id = c.id"
                    + " AND co.organization_id IN ").values(ids(organizations)).append(")");
        }
        sql.append(")");
    }

    /**
     * The conditions of {@link KnowledgeBaseScope#sees(KbCategory, Section)} on {@code c} and {@code s}: both for
     * everyone, or both enabled for the same organization of the contact.
     */
    private static void visibleSection(Sql sql, KnowledgeBaseScope scope) {
        if (scope instanceof KnowledgeBaseScope.Staff) {
            return;
        }
        sql.append(" AND ((c.everyone AND s.everyone)");
        for (String organization : ids(((KnowledgeBaseScope.Contact) scope).organizations())) {
            sql.append(" OR ((c.everyone OR EXISTS (SELECT 1 FROM kb_category_organization co WHERE co.category_id = c.id"
                            + " AND co.organization_id = ").value(organization)
                    .append(")) AND (s.everyone OR EXISTS (SELECT 1 FROM kb_section_organization so WHERE "
                            + "so.section_id = s.id AND so.organization_id = ").value(organization).append(")))");
        }
        sql.append(")");
    }

    /** The conditions of {@link KnowledgeBaseScope#sees(KbCategory, Section, Article)} on {@code a}, {@code s}, {@code c}. */
    private static void visibleArticle(Sql sql, KnowledgeBaseScope scope) {
        if (scope instanceof KnowledgeBaseScope.Staff) {
            return;
        }
        sql.append(" AND a.state = ").value(PUBLISHED);
        visibleSection(sql, scope);
    }

    private static List<String> ids(Set<OrganizationId> organizations) {
        return organizations.stream().map(OrganizationId::value).sorted().toList();
    }

    // -------------------------------------------------------------------------------------------- search

    @Override
    public List<Article> search(ArticleQuery query) {
        return database.read(h -> (database.dialect() == Dialect.POSTGRESQL ? postgresSearch(query) : sqliteSearch(query))
                .query(h).map((rs, ctx) -> article(rs)).list());
    }

    private static Sql sqliteSearch(ArticleQuery query) {
        List<List<String>> plain = new ArrayList<>();
        List<List<String>> excluded = new ArrayList<>();
        String operator = split(query.match(), plain, excluded);
        Sql sql;
        if (plain.isEmpty()) {
            sql = new Sql("SELECT " + ARTICLE_COLUMNS + " FROM kb_article a" + ARTICLE_JOINS + " WHERE 1 = 1");
        } else {
            sql = new Sql("SELECT " + ARTICLE_COLUMNS + " FROM (SELECT rowid AS hit, "
                    + "bm25(kb_article_text, 20.0, 10.0, 1.0) AS score FROM kb_article_text WHERE kb_article_text MATCH ")
                    .value(ftsQuery(plain, operator))
                    .append(") f CROSS JOIN kb_article a ON a.number = f.hit" + ARTICLE_JOINS + " WHERE 1 = 1");
        }
        visibleArticle(sql, query.scope());
        for (List<String> term : excluded) {
            sql.append(" AND a.number NOT IN (SELECT rowid FROM kb_article_text WHERE kb_article_text MATCH ")
                    .value(ftsQuery(List.of(term), " AND ")).append(")");
        }
        sql.append(" ORDER BY " + (plain.isEmpty() ? "" : "f.score, ") + "a.updated_at DESC, a.id LIMIT ")
                .value(query.limit());
        return sql;
    }

    /**
     * Each term a quoted FTS5 phrase of folded words (letters and digits only; a quote would be doubled), so no
     * typed text is ever an operator, a column filter, a prefix or a NEAR group.
     */
    private static String ftsQuery(List<List<String>> terms, String operator) {
        StringBuilder match = new StringBuilder();
        for (List<String> words : terms) {
            match.append(match.length() == 0 ? "" : operator)
                    .append('"').append(String.join(" ", words).replace("\"", "\"\"")).append('"');
        }
        return match.toString();
    }

    private static Sql postgresSearch(ArticleQuery query) {
        List<List<String>> plain = new ArrayList<>();
        List<List<String>> excluded = new ArrayList<>();
        split(query.match(), plain, excluded);
        boolean any = query.match() instanceof ArticleMatch.AnyWord;
        Sql sql = new Sql("SELECT " + ARTICLE_COLUMNS + " FROM kb_article a" + ARTICLE_JOINS + " WHERE 1 = 1");
        visibleArticle(sql, query.scope());
        if (any) {
            sql.append(" AND a.document @@ ");
            anyWordQuery(sql, query.match().rankingWords());
        } else {
            for (List<String> term : plain) {
                String phrase = String.join(" ", term);
                // the index finds every word; the phrase must then occur within one field
                sql.append(" AND a.document @@ plainto_tsquery('simple', ").value(phrase).append(") AND ");
                inOneField(sql, phrase);
            }
        }
        for (List<String> term : excluded) {
            sql.append(" AND NOT ");
            inOneField(sql, String.join(" ", term));
        }
        sql.append(" ORDER BY ");
        List<String> rankingWords = query.match().rankingWords();
        if (!rankingWords.isEmpty()) {
            sql.append("ts_rank(" + PG_WEIGHTS + ", a.document, ");
            anyWordQuery(sql, rankingWords);
            sql.append(") DESC, ");
        }
        sql.append("a.updated_at DESC, a.id LIMIT ").value(query.limit());
        return sql;
    }

    private static void inOneField(Sql sql, String phrase) {
        sql.append("(a.title_words @@ phraseto_tsquery('simple', ").value(phrase)
                .append(") OR a.keyword_words @@ phraseto_tsquery('simple', ").value(phrase)
                .append(") OR a.body_words @@ phraseto_tsquery('simple', ").value(phrase).append("))");
    }

    /**
     * Any of the words, as a tsquery: plainto_tsquery joins the (bound) words with {@code &}, which becomes
     * {@code |}; folded words hold letters and digits only, so no {@code &} can come from them.
     */
    private static void anyWordQuery(Sql sql, List<String> words) {
        sql.append("replace(plainto_tsquery('simple', ").value(String.join(" ", words)).append(")::text, '&', '|')::tsquery");
    }

    /** The plain and excluded terms of a match, as word lists; returns the FTS5 operator joining plain terms. */
    private static String split(ArticleMatch match, List<List<String>> plain, List<List<String>> excluded) {
        if (match instanceof ArticleMatch.AnyWord) {
            ((ArticleMatch.AnyWord) match).words().forEach(w -> plain.add(List.of(w)));
            return " OR ";
        }
        for (SearchTerms.Term term : ((ArticleMatch.AllTerms) match).terms().terms()) {
            (term.excluded() ? excluded : plain).add(term.words());
        }
        return " AND ";
    }

    // --------------------------------------------------------------------------------------------- votes

    @Override
    public void saveVote(Vote vote) {
        database.write(h -> h.createUpdate("INSERT INTO kb_vote (article_id, voter_kind, voter_id, helpful, missing, "
                        + "voted_at) VALUES (:a, :kind, :voter, :helpful, :missing, :at) "
                        + "ON CONFLICT (article_id, voter_kind, voter_id) DO UPDATE SET helpful = excluded.helpful, "
                        + "missing = excluded.missing, voted_at = excluded.voted_at")
                .bind("a", vote.article().value()).bind("kind", vote.voter().kind().name())
                .bind("voter", vote.voter().id()).bind("helpful", vote.helpful()).bind("missing", vote.missing())
                .bind("at", vote.votedAt().toEpochMilli()).execute());
    }

    @Override
    public Optional<Vote> findVote(ArticleId article, Voter voter) {
        return database.read(h -> h.createQuery("SELECT helpful, missing, voted_at FROM kb_vote "
                        + "WHERE article_id = :a AND voter_kind = :kind AND voter_id = :voter")
                .bind("a", article.value()).bind("kind", voter.kind().name()).bind("voter", voter.id())
                .map((rs, ctx) -> new Vote(article, voter, rs.getBoolean("helpful"), rs.getString("missing"),
                        Instant.ofEpochMilli(rs.getLong("voted_at"))))
                .findOne());
    }

    @Override
    public Helpfulness helpfulness(ArticleId article) {
        return database.read(h -> h.createQuery("SELECT COALESCE(SUM(CASE WHEN helpful THEN 1 ELSE 0 END), 0), "
                        + "count(*) FROM kb_vote WHERE article_id = :a")
                .bind("a", article.value())
                .map((rs, ctx) -> new Helpfulness(article, rs.getLong(1), rs.getLong(2) - rs.getLong(1))).one());
    }

    @Override
    public List<Vote> feedback(ArticleId article, int limit) {
        requirePositive(limit);
        return database.read(h -> h.createQuery("SELECT voter_kind, voter_id, missing, voted_at FROM kb_vote "
                        + "WHERE article_id = :a AND NOT helpful AND missing <> '' "
                        + "ORDER BY voted_at DESC, voter_kind, voter_id LIMIT :limit")
                .bind("a", article.value()).bind("limit", limit)
                .map((rs, ctx) -> new Vote(article, new Voter(Voter.Kind.valueOf(rs.getString(1)), rs.getString(2)),
                        false, rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                .list());
    }

    @Override
    public List<Helpfulness> leastHelpful(int minVotes, int limit) {
        requirePositive(limit);
        return database.read(h -> h.createQuery("SELECT article_id, yes, total FROM (SELECT article_id, "
                        + "SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS yes, count(*) AS total FROM kb_vote "
                        + "GROUP BY article_id) v WHERE total >= :min "
                        + "ORDER BY (yes * 1.0) / total, total DESC, article_id LIMIT :limit")
                .bind("min", Math.max(1, minVotes)).bind("limit", limit)
                .map((rs, ctx) -> new Helpfulness(ArticleId.of(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3) - rs.getLong(2)))
                .list());
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    private static ConflictException duplicate(Article article) {
        return new ConflictException("article.duplicate", "An article with id " + article.id() + " exists already",
                Map.of("article", article.id().value()));
    }

    private static ConflictException stale(Article article) {
        return new ConflictException("article.stale", "The article '" + article.title()
                + "' was changed by someone else meanwhile; reload it and try again",
                Map.of("article", article.id().value()));
    }
}
