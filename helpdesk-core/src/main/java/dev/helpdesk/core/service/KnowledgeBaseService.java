package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleMatch;
import dev.helpdesk.core.domain.kb.ArticleQuery;
import dev.helpdesk.core.domain.kb.ArticleState;
import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.KnowledgeBaseAccess;
import dev.helpdesk.core.domain.kb.KnowledgeBaseEvents;
import dev.helpdesk.core.domain.kb.KnowledgeBaseScope;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.domain.kb.Voter;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The knowledge base (seed 001): agents manage categories, sections, articles and for which organizations they are
 * enabled; contacts and agents browse, open articles (rendered to safe HTML), search, get suggestions for a new
 * ticket and vote on helpfulness; agents read the feedback and the least helpful articles. What a caller may see is
 * decided by {@link KnowledgeBaseAccess} alone; whatever they may not see is not found.
 */
public final class KnowledgeBaseService {
    /** The most results a search, a suggestion or a feedback list gives at once. */
    public static final int MAX_RESULTS = ArticleQuery.MAX_LIMIT;

    private final Transactor transactor;
    private final KnowledgeBaseRepository kb;
    private final Outbox outbox;
    private final OrganizationRepository organizations;
    private final AgentRepository agents;
    private final AttachmentStore attachments;
    private final MarkdownRenderer renderer;
    private final Clock clock;
    private final IdGenerator ids;
    private final TicketSchema schema;
    private final ViewerResolver viewers;
    private final AttachmentIntake intake;

    @Inject
    public KnowledgeBaseService(Transactor transactor, KnowledgeBaseRepository kb, Outbox outbox,
                                OrganizationRepository organizations,
                                AgentRepository agents, ViewerResolver viewers, AttachmentStore attachments, MarkdownRenderer renderer,
                                Clock clock, IdGenerator ids, TicketSchema schema) {
        this.transactor = transactor;
        this.kb = kb;
        this.outbox = outbox;
        this.organizations = organizations;
        this.agents = agents;
        this.attachments = attachments;
        this.renderer = renderer;
        this.clock = clock;
        this.ids = ids;
        this.schema = schema;
        this.viewers = viewers;
        this.intake = new AttachmentIntake(attachments, ids);
    }

    // ------------------------------------------------------------------------------------- categories, sections

    /** A new category, enabled for every organization until {@link #enableCategory} says otherwise. Agents only. */
    public KbCategoryView createCategory(Caller caller, CategoryDetails details) {
        AgentId agent = requireAgent(caller);
        KbCategory category = new KbCategory(KbCategoryId.of(ids.newId()), details.name(), details.description(),
                details.position(), Audience.all());
        transactor.run(() -> {
            kb.saveCategory(category);
            outbox.append(new KnowledgeBaseEvents.CategorySaved(category.id(), agent, now()));
        });
        return KbCategoryView.of(category, true);
    }

    /** New name, description or position; the audience stays. Agents only. */
    public KbCategoryView updateCategory(Caller caller, KbCategoryId id, CategoryDetails details) {
        AgentId agent = requireAgent(caller);
        return saveCategory(agent, id, current -> new KbCategory(id, details.name(), details.description(),
                details.position(), current.audience()));
    }

    /** For whom the category is enabled: {@code Audience.all()} or some organizations, which must exist. */
    public KbCategoryView enableCategory(Caller caller, KbCategoryId id, Audience audience) {
        AgentId agent = requireAgent(caller);
        requireKnown(audience);
        return saveCategory(agent, id, current -> current.withAudience(audience));
    }

    private KbCategoryView saveCategory(AgentId agent, KbCategoryId id, UnaryOperator<KbCategory> change) {
        KbCategory saved = transactor.inTransaction(() -> {
            KbCategory current = kb.findCategory(staff(), id).orElseThrow(() -> notFound("category"));
            KbCategory next = change.apply(current);
            kb.saveCategory(next);
            outbox.append(new KnowledgeBaseEvents.CategorySaved(id, agent, now()));
            return next;
        });
        return KbCategoryView.of(saved, true);
    }

    /** A new section in an existing category, enabled for every organization. Agents only. */
    public KbSectionView createSection(Caller caller, SectionDetails details) {
        AgentId agent = requireAgent(caller);
        Section section = new Section(SectionId.of(ids.newId()), details.category(), details.name(),
                details.description(), details.position(), Audience.all());
        transactor.run(() -> {
            requireCategory(details.category());
            kb.saveSection(section);
            outbox.append(new KnowledgeBaseEvents.SectionSaved(section.id(), agent, now()));
        });
        return KbSectionView.of(section, true);
    }

    /** New category, name, description or position; the audience stays. Agents only. */
    public KbSectionView updateSection(Caller caller, SectionId id, SectionDetails details) {
        AgentId agent = requireAgent(caller);
        return saveSection(agent, id, current -> {
            requireCategory(details.category());
            return new Section(id, details.category(), details.name(), details.description(), details.position(),
                    current.audience());
        });
    }

    /**
     * For whom the section is enabled. A contact sees it only where its category is enabled too, for the same
     * organization. Agents only.
     */
    public KbSectionView enableSection(Caller caller, SectionId id, Audience audience) {
        AgentId agent = requireAgent(caller);
        requireKnown(audience);
        return saveSection(agent, id, current -> current.withAudience(audience));
    }

    private KbSectionView saveSection(AgentId agent, SectionId id, UnaryOperator<Section> change) {
        Section saved = transactor.inTransaction(() -> {
            Section current = kb.findSection(staff(), id).orElseThrow(() -> notFound("section"));
            Section next = change.apply(current);
            kb.saveSection(next);
            outbox.append(new KnowledgeBaseEvents.SectionSaved(id, agent, now()));
            return next;
        });
        return KbSectionView.of(saved, true);
    }

    // --------------------------------------------------------------------------------------------- articles

    /** A new article, published or a draft, with its files streamed into the attachment store. Agents only. */
    public ArticleView createArticle(Caller caller, WriteArticle command) {
        Viewer viewer = viewers.resolve(caller);
        AgentId agent = requireAgent(viewer);
        List<String> names = intake.check(schema.attachments(), command.files());
        // built once before any byte is stored, so bad input fails first and cheaply
        Article.write(ArticleId.of("check"), command.section(), command.title(), command.body(), command.keywords(),
                List.of(), ArticleState.DRAFT, agent, now());
        List<Attachment> files = intake.store(schema.attachments(), command.files(), names);
        Article created = transactor.inTransaction(() -> {
            requireSection(command.section());
            Instant now = now();
            Article article = Article.write(ArticleId.of(ids.newId()), command.section(), command.title(),
                    command.body(), command.keywords(), files,
                    command.publish() ? ArticleState.PUBLISHED : ArticleState.DRAFT, agent, now);
            kb.insertArticle(article);
            outbox.append(new KnowledgeBaseEvents.ArticleCreated(article.id(), article.section(), agent, now));
            return article;
        });
        return view(viewer, created);
    }

    /** New content over the version the agent saw; a concurrent change is {@code article.stale}. Agents only. */
    public ArticleView editArticle(Caller caller, ArticleId id, long expectedVersion, EditArticle command) {
        Viewer viewer = viewers.resolve(caller);
        AgentId agent = requireAgent(viewer);
        return changeArticle(viewer, id, expectedVersion, article -> {
            requireSection(command.section());
            return article.edited(command.section(), command.title(), command.body(), command.keywords(), now());
        }, next -> new KnowledgeBaseEvents.ArticleUpdated(id, agent, next.updatedAt()));
    }

    /** Makes the article readable by the contacts its section is enabled for. Agents only. */
    public ArticleView publish(Caller caller, ArticleId id, long expectedVersion) {
        return changeState(caller, id, expectedVersion, ArticleState.PUBLISHED);
    }

    /** Takes the article back to draft: contacts no longer see it. Agents only. */
    public ArticleView unpublish(Caller caller, ArticleId id, long expectedVersion) {
        return changeState(caller, id, expectedVersion, ArticleState.DRAFT);
    }

    private ArticleView changeState(Caller caller, ArticleId id, long expectedVersion, ArticleState state) {
        Viewer viewer = viewers.resolve(caller);
        AgentId agent = requireAgent(viewer);
        return changeArticle(viewer, id, expectedVersion, article -> article.state() == state ? article
                : article.inState(state, now()),
                next -> new KnowledgeBaseEvents.ArticleStateChanged(id, state, agent, next.updatedAt()));
    }

    /** Attaches more files (checked against the attachment policy). Agents only. */
    public ArticleView addFiles(Caller caller, ArticleId id, long expectedVersion, List<NewAttachment> newFiles) {
        Viewer viewer = viewers.resolve(caller);
        AgentId agent = requireAgent(viewer);
        if (newFiles.isEmpty()) {
            throw InvalidInputException.of("files", "required", "attach at least one file");
        }
        List<String> names = intake.check(schema.attachments(), newFiles);
        List<Attachment> stored = intake.store(schema.attachments(), newFiles, names);
        return changeArticle(viewer, id, expectedVersion, article -> {
            List<Attachment> all = new ArrayList<>(article.files());
            all.addAll(stored);
            return article.withFiles(all, now());
        }, next -> new KnowledgeBaseEvents.ArticleUpdated(id, agent, next.updatedAt()));
    }

    /** Removes one file from the article. Agents only. */
    public ArticleView removeFile(Caller caller, ArticleId id, long expectedVersion, AttachmentId file) {
        Viewer viewer = viewers.resolve(caller);
        AgentId agent = requireAgent(viewer);
        return changeArticle(viewer, id, expectedVersion, article -> {
            List<Attachment> kept = new ArrayList<>(article.files());
            if (!kept.removeIf(f -> f.id().equals(file))) {
                throw notFound("file");
            }
            return article.withFiles(kept, now());
        }, next -> new KnowledgeBaseEvents.ArticleUpdated(id, agent, next.updatedAt()));
    }

    /** One change over the version the agent saw, in one unit of work; a change that changes nothing writes nothing. */
    private ArticleView changeArticle(Viewer viewer, ArticleId id, long expectedVersion, UnaryOperator<Article> change,
                                      Function<Article, DomainEvent> event) {
        Article updated = transactor.inTransaction(() -> {
            Article article = kb.findArticle(staff(), id).orElseThrow(() -> notFound("article"));
            if (article.version() != expectedVersion) {
                throw new ConflictException("article.stale", "The article '" + article.title()
                        + "' was changed by someone else meanwhile; reload it and try again",
                        Map.of("article", id.value()));
            }
            Article next = change.apply(article);
            if (next != article) {
                kb.updateArticle(next);
                outbox.append(event.apply(next));
            }
            return next;
        });
        return view(viewer, updated);
    }

    // --------------------------------------------------------------------------------------------- reading

    /** The categories the caller may see, in order. */
    public List<KbCategoryView> categories(Caller caller) {
        Viewer viewer = viewers.resolve(caller);
        return kb.categories(KnowledgeBaseAccess.scopeOf(viewer)).stream()
                .map(c -> KbCategoryView.of(c, viewer.isStaff())).toList();
    }

    /** The sections of a category the caller may see, in order. */
    public List<KbSectionView> sections(Caller caller, KbCategoryId category) {
        Viewer viewer = viewers.resolve(caller);
        KnowledgeBaseScope scope = KnowledgeBaseAccess.scopeOf(viewer);
        kb.findCategory(scope, category).orElseThrow(() -> notFound("category"));
        return kb.sections(scope, category).stream().map(s -> KbSectionView.of(s, viewer.isStaff())).toList();
    }

    /** The articles of a section the caller may see (published ones for contacts), oldest first. */
    public List<ArticleSummaryView> articles(Caller caller, SectionId section) {
        Viewer viewer = viewers.resolve(caller);
        KnowledgeBaseScope scope = KnowledgeBaseAccess.scopeOf(viewer);
        kb.findSection(scope, section).orElseThrow(() -> notFound("section"));
        return kb.articles(scope, section).stream().map(ArticleSummaryView::of).toList();
    }

    /** One article with its body rendered to safe HTML, if the caller may see it. */
    public ArticleView article(Caller caller, ArticleId id) {
        Viewer viewer = viewers.resolve(caller);
        return view(viewer, visible(viewer, id));
    }

    /** A file of an article the caller may see; the caller closes the stream. */
    public AttachmentDownload openFile(Caller caller, ArticleId id, AttachmentId file) {
        Viewer viewer = viewers.resolve(caller);
        Article article = visible(viewer, id);
        for (Attachment attachment : article.files()) {
            if (attachment.id().equals(file)) {
                return attachments.open(attachment.sha256()).map(in -> new AttachmentDownload(attachment, in))
                        .orElseThrow(() -> notFound("file"));
            }
        }
        throw notFound("file");
    }

    /**
     * The search box: articles with every typed term (words, "phrases", -exclusions) in their title, keywords or
     * body, best first. Text without any word finds nothing.
     */
    public List<ArticleSummaryView> search(Caller caller, String text, int limit) {
        Viewer viewer = viewers.resolve(caller);
        checkLimit(limit);
        Optional<SearchTerms> terms = SearchTerms.parse(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        return find(viewer, new ArticleMatch.AllTerms(terms.get()), limit);
    }

    /**
     * Articles that may answer a ticket before it is opened: those with any significant word of the subject and
     * description, those matching more words first.
     */
    public List<ArticleSummaryView> suggest(Caller caller, String subject, String description, int limit) {
        Viewer viewer = viewers.resolve(caller);
        checkLimit(limit);
        return ArticleMatch.suggestionFor(subject, description).map(words -> find(viewer, words, limit))
                .orElse(List.of());
    }

    private List<ArticleSummaryView> find(Viewer viewer, ArticleMatch match, int limit) {
        ArticleQuery query = new ArticleQuery(KnowledgeBaseAccess.scopeOf(viewer), match, limit);
        return kb.search(query).stream().map(ArticleSummaryView::of).toList();
    }

    // ----------------------------------------------------------------------------------------------- votes

    /**
     * The caller's helpfulness vote on an article they may see, replacing their earlier one. A "no" may say, in at
     * most 500 characters, what was missing (agents read it); a "yes" says nothing.
     */
    public Helpfulness vote(Caller caller, ArticleId id, boolean helpful, String missing) {
        Viewer viewer = viewers.resolve(caller);
        Voter voter = voterOf(viewer);
        return transactor.inTransaction(() -> {
            Article article = visible(viewer, id);
            Instant now = now();
            kb.saveVote(new Vote(article.id(), voter, helpful, missing, now));
            outbox.append(new KnowledgeBaseEvents.ArticleVoted(article.id(), helpful, now));
            return kb.helpfulness(article.id());
        });
    }

    /** What readers said was missing from an article, newest first. Agents only. */
    public List<ArticleFeedbackView> feedback(Caller caller, ArticleId id, int limit) {
        requireAgent(caller);
        checkLimit(limit);
        kb.findArticle(staff(), id).orElseThrow(() -> notFound("article"));
        return kb.feedback(id, limit).stream().map(ArticleFeedbackView::of).toList();
    }

    /**
     * Articles with at least {@code minVotes} votes, the lowest share of "helpful" first (then the most voted).
     * Agents only.
     */
    public List<LeastHelpfulView> leastHelpful(Caller caller, int minVotes, int limit) {
        requireAgent(caller);
        checkLimit(limit);
        if (minVotes < 1) {
            throw InvalidInputException.of("minVotes", "range", "minVotes must be at least 1");
        }
        List<LeastHelpfulView> views = new ArrayList<>();
        for (Helpfulness helpfulness : kb.leastHelpful(minVotes, limit)) {
            kb.findArticle(staff(), helpfulness.article()).ifPresent(article ->
                    views.add(new LeastHelpfulView(ArticleSummaryView.of(article), helpfulness)));
        }
        return views;
    }

    // --------------------------------------------------------------------------------------------- helpers

    private ArticleView view(Viewer viewer, Article article) {
        KbCategoryId category = kb.findSection(staff(), article.section()).map(Section::category)
                .orElseThrow(() -> new IllegalStateException("article " + article.id() + " has no section"));
        String author = agents.find(article.author()).map(Agent::name).orElse("Support");
        Optional<Boolean> yourVote = kb.findVote(article.id(), voterOf(viewer)).map(Vote::helpful);
        return new ArticleView(article.id(), article.section(), category, article.title(),
                renderer.toSafeHtml(article.body()), viewer.isStaff() ? Optional.of(article.body()) : Optional.empty(),
                article.keywords(), article.files(), article.state(), author, article.createdAt(),
                article.updatedAt(), article.version(), kb.helpfulness(article.id()), yourVote);
    }

    private Article visible(Viewer viewer, ArticleId id) {
        return kb.findArticle(KnowledgeBaseAccess.scopeOf(viewer), id).orElseThrow(() -> notFound("article"));
    }

    private void requireCategory(KbCategoryId category) {
        if (kb.findCategory(staff(), category).isEmpty()) {
            throw InvalidInputException.of("category", "unknown", "there is no knowledge-base category '" + category + "'");
        }
    }

    private void requireSection(SectionId section) {
        if (kb.findSection(staff(), section).isEmpty()) {
            throw InvalidInputException.of("section", "unknown", "there is no knowledge-base section '" + section + "'");
        }
    }

    private void requireKnown(Audience audience) {
        for (OrganizationId organization : audience.organizations()) {
            if (organizations.find(organization).isEmpty()) {
                throw InvalidInputException.of("organizations", "unknown",
                        "there is no organization '" + organization + "'");
            }
        }
    }

    private AgentId requireAgent(Caller caller) {
        return requireAgent(viewers.resolve(caller));
    }

    private static AgentId requireAgent(Viewer viewer) {
        if (!KnowledgeBaseAccess.canManage(viewer)) {
            throw new AccessDeniedException("staff.only", "Only support agents may do this");
        }
        return ((Viewer.Staff) viewer).agent().id();
    }

    private static Voter voterOf(Viewer viewer) {
        return viewer instanceof Viewer.Staff ? Voter.agent(((Viewer.Staff) viewer).agent().id())
                : Voter.contact(((Viewer.Customer) viewer).contact().id());
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw InvalidInputException.of("limit", "range", "limit must be from 1 to " + MAX_RESULTS);
        }
    }

    /** What the service itself looks up: an agent's target, an article's section (after the caller's own check). */
    private static KnowledgeBaseScope staff() {
        return KnowledgeBaseAccess.everything();
    }

    /** Storage time has millisecond precision everywhere, so the domain does too. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFoundException notFound(String what) {
        return new NotFoundException("kb." + what + ".not_found", "There is no such " + what + ", or you may not see it");
    }
}
