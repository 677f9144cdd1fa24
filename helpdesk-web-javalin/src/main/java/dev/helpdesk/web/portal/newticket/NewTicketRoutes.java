package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.Frame;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The new-ticket flow (seeds 001, 002, 003): choose a category, then a subcategory when it has any, then fill in the
 * form; plus the two small JSON endpoints the form's script asks as the person types (article suggestions, probable
 * duplicates). Every step works without JavaScript.
 */
public final class NewTicketRoutes {
    /** The longest text the script endpoints read; more is cut, as they only advise. */
    static final int MAX_QUERY = 2_000;

    public void register(Routes routes) {
        routes.get("/tickets/new", Access.SIGNED_IN, this::categories);
        routes.get("/tickets/new/{category}", Access.SIGNED_IN, this::categoryOrForm);
        routes.get("/tickets/new/{category}/{sub}", Access.SIGNED_IN, this::subcategoryForm);
        routes.post("/tickets", Access.SIGNED_IN, new OpenTicketAction()::handle);
        routes.get("/api/kb/suggest", Access.SIGNED_IN, this::suggest);
        routes.get("/api/tickets/similar", Access.SIGNED_IN, this::similar);
    }

    private void categories(PortalRequest request) {
        FormContext context = FormContext.of(request);
        List<CategoryCard> cards = context.choice.allowedTopLevel().stream()
                .map(c -> context.card(c, FormContext.formPath(c, Optional.empty()))).toList();
        showChoice(request, cards, null);
    }

    private void categoryOrForm(PortalRequest request) {
        FormContext context = FormContext.of(request);
        Category category = context.choice.topLevel(request.ctx().pathParam("category"));
        List<Category> children = context.choice.childrenOf(category);
        if (children.isEmpty()) {
            showForm(context, category, Optional.empty());
            return;
        }
        List<CategoryCard> cards = children.stream()
                .map(c -> context.card(c, FormContext.formPath(category, Optional.of(c)))).toList();
        showChoice(request, cards, context.card(category, "/tickets/new"));
    }

    private void subcategoryForm(PortalRequest request) {
        FormContext context = FormContext.of(request);
        Category category = context.choice.topLevel(request.ctx().pathParam("category"));
        Category sub = context.choice.sub(category, request.ctx().pathParam("sub"));
        showForm(context, category, Optional.of(sub));
    }

    /** Step 1 (no parent) or step 2 (the subcategories of {@code parent}). */
    private static void showChoice(PortalRequest request, List<CategoryCard> cards, CategoryCard parent) {
        Frame frame = request.frame(Nav.NEW_TICKET, "newticket.title");
        Map<String, Object> model = new HashMap<>();
        model.put("cards", cards);
        model.put("parent", parent);
        request.render("newticket/choose.jte", frame, model);
    }

    private static void showForm(FormContext context, Category category, Optional<Category> sub) {
        NewTicketForm form = context.form(category, sub, Typed.EMPTY, Problems.NONE);
        Frame frame = context.request.frame(Nav.NEW_TICKET, "newticket.title");
        context.request.render("newticket/form.jte", frame, Map.of("form", form));
    }

    private void suggest(PortalRequest request) {
        Caller caller = request.requireCaller();
        String title = query(request, "title");
        String description = query(request, "description");
        request.json(Map.of("articles", new Advice(request).suggestions(caller, title, description)));
    }

    private void similar(PortalRequest request) {
        Caller caller = request.requireCaller();
        request.json(Map.of("tickets", new Advice(request).similar(caller, query(request, "title"))));
    }

    private static String query(PortalRequest request, String name) {
        String value = request.ctx().queryParam(name);
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_QUERY) {
            throw PortalError.badParameter(name);
        }
        return value.strip();
    }
}
