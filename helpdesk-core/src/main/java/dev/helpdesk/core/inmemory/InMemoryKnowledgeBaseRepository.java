package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleQuery;
import dev.helpdesk.core.domain.kb.ArticleText;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.KnowledgeBaseScope;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.domain.kb.Voter;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The knowledge base in maps; search scans every article with the query's own reference meaning. */
final class InMemoryKnowledgeBaseRepository implements KnowledgeBaseRepository {
    private static final Comparator<KbCategory> CATEGORY_ORDER =
            Comparator.comparingInt(KbCategory::position).thenComparing(c -> c.id().value());
    private static final Comparator<Section> SECTION_ORDER =
            Comparator.comparingInt(Section::position).thenComparing(s -> s.id().value());
    private static final Comparator<Article> ARTICLE_ORDER =
            Comparator.comparing(Article::createdAt).thenComparing(a -> a.id().value());

    private record VoteKey(ArticleId article, Voter voter) {
    }

    private final UnitOfWork unitOfWork;
    private final Map<KbCategoryId, KbCategory> categories = new ConcurrentHashMap<>();
    private final Map<SectionId, Section> sections = new ConcurrentHashMap<>();
    private final Map<ArticleId, Article> articles = new ConcurrentHashMap<>();
    private final Map<VoteKey, Vote> votes = new ConcurrentHashMap<>();

    InMemoryKnowledgeBaseRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void saveCategory(KbCategory category) {
        unitOfWork.write(() -> put(categories, category.id(), category));
    }

    @Override
    public void saveSection(Section section) {
        unitOfWork.write(() -> {
            if (!categories.containsKey(section.category())) {
                throw new IllegalStateException("section " + section.id() + " names unknown category "
                        + section.category());
            }
            return put(sections, section.id(), section);
        });
    }

    @Override
    public Optional<KbCategory> findCategory(KnowledgeBaseScope scope, KbCategoryId id) {
        return unitOfWork.read(() -> Optional.ofNullable(categories.get(id)).filter(scope::sees));
    }

    @Override
    public Optional<Section> findSection(KnowledgeBaseScope scope, SectionId id) {
        return unitOfWork.read(() -> Optional.ofNullable(sections.get(id)).filter(s -> sees(scope, s)));
    }

    @Override
    public List<KbCategory> categories(KnowledgeBaseScope scope) {
        return unitOfWork.read(() -> categories.values().stream().filter(scope::sees).sorted(CATEGORY_ORDER).toList());
    }

    @Override
    public List<Section> sections(KnowledgeBaseScope scope, KbCategoryId category) {
        return unitOfWork.read(() -> sections.values().stream()
                .filter(s -> s.category().equals(category) && sees(scope, s))
                .sorted(SECTION_ORDER).toList());
    }

    @Override
    public void insertArticle(Article article) {
        unitOfWork.write(() -> {
            if (articles.containsKey(article.id())) {
                throw new ConflictException("article.duplicate", "An article with id " + article.id() + " exists already");
            }
            if (article.version() != 1) {
                throw new IllegalArgumentException("a new article starts at version 1, not " + article.version());
            }
            requireSection(article);
            articles.put(article.id(), article);
            return () -> articles.remove(article.id());
        });
    }

    @Override
    public void updateArticle(Article article) {
        unitOfWork.write(() -> {
            Article stored = articles.get(article.id());
            if (stored == null) {
                throw new IllegalStateException("article " + article.id() + " was never inserted");
            }
            if (stored.version() != article.version() - 1) {
                throw stale(article);
            }
            requireSection(article);
            articles.put(article.id(), article);
            return () -> articles.put(stored.id(), stored);
        });
    }

    @Override
    public Optional<Article> findArticle(KnowledgeBaseScope scope, ArticleId id) {
        return unitOfWork.read(() -> Optional.ofNullable(articles.get(id)).filter(a -> sees(scope, a)));
    }

    @Override
    public List<Article> articles(KnowledgeBaseScope scope, SectionId section) {
        return unitOfWork.read(() -> articles.values().stream()
                .filter(a -> a.section().equals(section) && sees(scope, a))
                .sorted(ARTICLE_ORDER).toList());
    }

    @Override
    public List<Article> search(ArticleQuery query) {
        List<String> words = query.match().rankingWords();
        record Hit(Article article, int score) {
        }
        return unitOfWork.read(() -> articles.values().stream()
                .filter(a -> sees(query.scope(), a))
                .map(a -> new Hit(a, ArticleText.of(a).score(words)))
                .filter(h -> query.match().matches(ArticleText.of(h.article())))
                .sorted(Comparator.comparingInt(Hit::score).reversed()
                        .thenComparing(h -> h.article().updatedAt(), Comparator.reverseOrder())
                        .thenComparing(h -> h.article().id().value()))
                .limit(query.limit())
                .map(Hit::article)
                .toList());
    }

    @Override
    public void saveVote(Vote vote) {
        unitOfWork.write(() -> {
            if (!articles.containsKey(vote.article())) {
                throw new IllegalStateException("vote on unknown article " + vote.article());
            }
            return put(votes, new VoteKey(vote.article(), vote.voter()), vote);
        });
    }

    @Override
    public Optional<Vote> findVote(ArticleId article, Voter voter) {
        return unitOfWork.read(() -> Optional.ofNullable(votes.get(new VoteKey(article, voter))));
    }

    @Override
    public Helpfulness helpfulness(ArticleId article) {
        return unitOfWork.read(() -> count(article));
    }

    @Override
    public List<Vote> feedback(ArticleId article, int limit) {
        requirePositive(limit);
        return unitOfWork.read(() -> votes.values().stream()
                .filter(v -> v.article().equals(article) && !v.helpful() && !v.missing().isEmpty())
                .sorted(Comparator.comparing(Vote::votedAt).reversed()
                        .thenComparing(v -> v.voter().kind().name())
                        .thenComparing(v -> v.voter().id()))
                .limit(limit)
                .toList());
    }

    @Override
    public List<Helpfulness> leastHelpful(int minVotes, int limit) {
        requirePositive(limit);
        return unitOfWork.read(() -> articles.keySet().stream()
                .map(this::count)
                .filter(h -> h.total() >= Math.max(1, minVotes))
                .sorted(Comparator.comparingDouble(Helpfulness::ratio)
                        .thenComparing(Comparator.comparingLong(Helpfulness::total).reversed())
                        .thenComparing(h -> h.article().value()))
                .limit(limit)
                .toList());
    }

    private Helpfulness count(ArticleId article) {
        long yes = 0;
        long no = 0;
        for (Vote vote : votes.values()) {
            if (vote.article().equals(article)) {
                if (vote.helpful()) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        return new Helpfulness(article, yes, no);
    }

    private boolean sees(KnowledgeBaseScope scope, Section section) {
        KbCategory category = categories.get(section.category());
        return category != null && scope.sees(category, section);
    }

    private boolean sees(KnowledgeBaseScope scope, Article article) {
        Section section = sections.get(article.section());
        KbCategory category = section == null ? null : categories.get(section.category());
        return category != null && scope.sees(category, section, article);
    }

    private void requireSection(Article article) {
        if (!sections.containsKey(article.section())) {
            throw new IllegalStateException("article " + article.id() + " names unknown section " + article.section());
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    private static <K, V> Runnable put(Map<K, V> map, K key, V value) {
        V previous = map.put(key, value);
        return previous == null ? () -> map.remove(key) : () -> map.put(key, previous);
    }

    private static ConflictException stale(Article article) {
        return new ConflictException("article.stale", "The article '" + article.title()
                + "' was changed by someone else meanwhile; reload it and try again",
                Map.of("article", article.id().value()));
    }
}
