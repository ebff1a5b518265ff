package org.claimskb.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.claimskb.factfile.ClaimEditor;
import org.claimskb.factfile.ClaimEditor.Field;
import org.claimskb.factfile.ResolutionWriter;
import org.claimskb.model.DuePredictions;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Outcome;
import org.claimskb.model.Wire;

/** The desk's routes: pages (GET) and actions (POST, token required). */
final class Routes {
    private final LiveState live;
    private final Supplier<String> token;
    private final String boundHost;

    Routes(LiveState live, Supplier<String> token, String boundHost) {
        this.live = live;
        this.token = token;
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    }

    void install(RoutesConfig r) {
        r.before(ctx -> {
            // A page asked for under another name (DNS rebinding) or a write from another origin is refused.
            if (!knownHost(ctx.header("Host")) || !sameOrigin(ctx)) {
                throw new Forbidden();
            }
            if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD") && !tokenOk(ctx)) {
                throw new Forbidden();
            }
        });
        r.exception(Forbidden.class, (e, ctx) -> plain(ctx, HttpStatus.FORBIDDEN,
                "This request did not carry the desk's token, or came from another site; reload the desk's page and try again."));
        r.exception(Exception.class, (e, ctx) -> plain(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error (a bug in claims-kb, not your input): " + e.getClass().getSimpleName()));
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                plain(ctx, HttpStatus.NOT_FOUND, "No such page.");
            }
        });
        r.get("/", ctx -> ctx.redirect("/search"));
        r.get("/static/htmx.min.js", ctx -> Desk.resource(ctx, Desk.HTMX, "text/javascript"));
        r.get("/static/desk.js", ctx -> Desk.resource(ctx, "org/claimskb/web/desk.js", "text/javascript"));
        r.get("/static/desk.css", ctx -> Desk.resource(ctx, "org/claimskb/web/desk.css", "text/css"));
        r.get("/search", this::search);
        r.get("/claim", this::claim);
        r.get("/review", this::queue);
        r.get("/review/item", this::reviewItem);
        r.post("/review/check", this::reviewCheck);
        r.post("/review/edit", ctx -> reviewWrite(ctx, "edit"));
        r.post("/review/accept", ctx -> reviewWrite(ctx, "accept"));
        r.post("/review/reject", ctx -> reviewWrite(ctx, "reject"));
        r.get("/due", ctx -> due(ctx, null, null));
        r.post("/resolve", this::resolve);
        r.get("/speakers", ctx -> Desk.html(ctx, "web/speakers.jte", page("Speakers", "speakers", null), live.read(Browse::speakers)));
        r.get("/speaker", ctx -> {
            String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
            var view = live.read(s -> Browse.speaker(s, id));
            if (view.isEmpty()) plain(ctx, HttpStatus.NOT_FOUND, "No speaker '" + shorten(id) + "'.");
            else Desk.html(ctx, "web/speaker.jte", page(view.get().speaker().name(), "speakers", null), view.get());
        });
        r.get("/propositions", ctx -> Desk.html(ctx, "web/propositions.jte", page("Verdicts", "propositions", null), live.read(Browse::verdicts)));
        r.get("/proposition", ctx -> {
            String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
            var view = live.read(s -> Browse.proposition(s, id));
            if (view.isEmpty()) plain(ctx, HttpStatus.NOT_FOUND, "No proposition '" + shorten(id) + "'.");
            else Desk.html(ctx, "web/proposition.jte", page(view.get().statement(), "propositions", null), view.get());
        });
        r.get("/disagreements", ctx -> Desk.html(ctx, "web/disagreements.jte", page("Disagreements", "disagreements", null),
                live.read(Browse::disagreements)));
        r.get("/sources", ctx -> Desk.html(ctx, "web/sources.jte", page("Sources", "sources", null), live.read(Browse::sources)));
    }

    private static final class Forbidden extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The host part of a Host header or origin, lower case, without port or brackets. */
    static String hostOf(String hostAndPort) {
        String h = hostAndPort.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) return h.substring(1, Math.max(1, h.indexOf(']')));
        int colon = h.lastIndexOf(':');
        return colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h;
    }

    private boolean knownHost(String host) {
        if (host == null) return false;
        String h = hostOf(host);
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1") || h.equals(hostOf(boundHost))
                || boundHost.equals("0.0.0.0") || boundHost.equals("::");
    }

    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || ctx.method().name().equals("GET")) return true;
        String host = ctx.header("Host");
        return host != null && (origin.equalsIgnoreCase("http://" + host));
    }

    private boolean tokenOk(Context ctx) {
        String given = ctx.formParam("token");
        if (given == null) given = ctx.header("X-Desk-Token");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.get().getBytes(StandardCharsets.UTF_8));
    }

    Page page(String title, String nav, String notice) {
        int drafts = live.read(s -> (int) s.knowledgeBase().claims().stream().filter(c -> c.draft()).count());
        return new Page(title, nav, token.get(), live.trouble(), notice, drafts, live.asOf().toString());
    }

    static void plain(Context ctx, HttpStatus status, String message) {
        Desk.secure(ctx);
        ctx.status(status).html(Desk.render("web/message.jte", Map.of("message", message)));
    }

    private void search(Context ctx) {
        var chosen = new LinkedHashMap<Search.Facet, String>();
        for (Search.Facet f : Search.Facet.values()) {
            String v = ctx.queryParam(f.param());
            if (v != null && !v.isBlank()) chosen.put(f, v.strip());
        }
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        var query = new Search.Query(q, chosen, Search.Sort.of(ctx.queryParam("sort")));
        Search.View view = live.read(s -> Search.run(s, query));
        if (view.error() != null) ctx.status(HttpStatus.BAD_REQUEST);
        boolean partial = "results".equals(ctx.header("HX-Target"));
        Page page = page(q.isBlank() ? "Search" : q + " - Search", "search", null);
        Desk.html(ctx, partial ? "web/results.jte" : "web/search.jte", page, view);
    }

    private void claim(Context ctx) {
        String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
        Optional<ClaimPage.View> view = live.read(s -> ClaimPage.of(s, id));
        if (view.isEmpty()) {
            plain(ctx, HttpStatus.NOT_FOUND, "No claim '" + shorten(id) + "'.");
            return;
        }
        Desk.html(ctx, "web/claim.jte", page(view.get().claim().id(), "search", null), view.get());
    }

    private void queue(Context ctx) {
        List<Review.Listed> drafts = live.read(s -> {
            try {
                return Review.listed(live.root(), s.knowledgeBase());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Desk.html(ctx, "web/review.jte", page("Review", "review", ctx.queryParam("done")), drafts);
    }

    private void reviewItem(Context ctx) throws IOException {
        String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
        Optional<Review.Item> item = live.read(s -> {
            try {
                return Review.item(live.root(), s.knowledgeBase(), id);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (item.isEmpty()) {
            plain(ctx, HttpStatus.NOT_FOUND, "No draft '" + shorten(id) + "' (accepted or rejected already?). Back to the review queue: /review");
            return;
        }
        Desk.html(ctx, "web/item.jte", page("Review " + id, "review", ctx.queryParam("done")), item.get());
    }

    private Optional<Review.Draft> draft(String id) {
        return live.read(s -> Review.queue(s.knowledgeBase()).stream().filter(d -> d.claim().id().equals(id)).findFirst());
    }

    private static Map<Field, String> submitted(Context ctx) {
        var m = new EnumMap<Field, String>(Field.class);
        for (Field f : Review.FORM) {
            String v = ctx.formParam(f.key());
            if (v != null) m.put(f, v);
        }
        return m;
    }

    /** Validation as you type: the problems the loader finds in the file as the form would leave it. */
    private void reviewCheck(Context ctx) throws IOException {
        String id = Optional.ofNullable(ctx.formParam("id")).orElse("");
        Optional<Review.Draft> d = draft(id);
        List<String> messages;
        if (d.isEmpty()) {
            messages = List.of("this draft is no longer in the queue; reload the page");
        } else {
            String content = Files.readString(live.root().resolve(d.get().file()), StandardCharsets.UTF_8);
            try {
                var checked = Review.check(live.root(), d.get().file(), content, d.get().claim().localId(),
                        Review.change(d.get().claim(), submitted(ctx)));
                messages = checked.problems().stream().map(Object::toString).toList();
                if (!Review.hash(content).equals(ctx.formParam("hash"))) {
                    messages = new java.util.ArrayList<>(messages);
                    messages.add(0, d.get().file() + " changed on disk since this page was opened; reload before saving");
                }
            } catch (ClaimEditor.EditException e) {
                messages = List.of(e.getMessage());
            }
        }
        Desk.secure(ctx);
        ctx.html(Desk.render("web/problems.jte", Map.of("messages", messages)));
    }

    private void reviewWrite(Context ctx, String action) throws IOException {
        String id = Optional.ofNullable(ctx.formParam("id")).orElse("");
        Optional<Review.Draft> d = draft(id);
        if (d.isEmpty()) {
            plain(ctx, HttpStatus.NOT_FOUND, "No draft '" + shorten(id) + "' (accepted or rejected already?).");
            return;
        }
        ClaimEditor.Edit edit;
        try {
            edit = switch (action) {
                case "accept" -> new ClaimEditor.Accept();
                case "reject" -> new ClaimEditor.Reject();
                default -> Review.change(d.get().claim(), submitted(ctx));
            };
        } catch (ClaimEditor.EditException e) {
            invalid(ctx, id, List.of(e.getMessage()));
            return;
        }
        if (edit instanceof ClaimEditor.Change c && ctx.formParam("accept") != null) {
            // "Save and accept": both edits in one write.
            var values = new LinkedHashMap<>(c.values());
            values.put(Field.STATUS, new ClaimEditor.Scalar("reviewed"));
            edit = new ClaimEditor.Change(values);
        }
        String next = nextAfter(id);
        Review.Outcome outcome = Review.write(live.root(), d.get(), Optional.ofNullable(ctx.formParam("hash")).orElse(""), edit, next);
        switch (outcome) {
            case Review.Written w -> {
                live.refresh();
                String done = switch (action) {
                    case "accept" -> "Accepted " + id + ".";
                    case "reject" -> "Rejected " + id + " (removed from " + w.file() + ").";
                    default -> "Saved " + id + (ctx.formParam("accept") != null ? " and accepted it." : ".");
                };
                boolean stay = action.equals("edit") && ctx.formParam("accept") == null;
                boolean list = "list".equals(ctx.formParam("back"));
                String to = list ? "/review" : stay ? "/review/item?id=" + Http.encode(id) : (w.next() != null ? w.next() : "/review");
                ctx.redirect(to + (to.contains("?") ? "&" : "?") + "done=" + Http.encode(done), HttpStatus.SEE_OTHER);
            }
            case Review.Invalid inv -> invalid(ctx, id, inv.messages());
            case Review.Conflict cf -> {
                Desk.secure(ctx);
                ctx.status(HttpStatus.CONFLICT).html(Desk.render("web/conflict.jte", Map.of("file", cf.file(),
                        "url", "/review/item?id=" + Http.encode(id))));
            }
        }
    }

    private void invalid(Context ctx, String id, List<String> messages) {
        Desk.secure(ctx);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(Desk.render("web/invalid.jte", Map.of("messages", messages,
                "url", "/review/item?id=" + Http.encode(id))));
    }

    /** The draft after {@code id} in the queue (the one that takes its place once it is accepted or rejected). */
    private String nextAfter(String id) {
        List<Review.Draft> q = live.read(s -> Review.queue(s.knowledgeBase()));
        for (int i = 0; i < q.size(); i++) {
            if (q.get(i).claim().id().equals(id) && i + 1 < q.size()) return q.get(i + 1).url();
        }
        return null;
    }

    private void due(Context ctx, String notice, String error) {
        record DueView(DuePredictions list, KnowledgeBase kb, String today, String error) {}
        DueView view = live.read(s -> new DueView(DuePredictions.of(s.knowledgeBase(), live.asOf()), s.knowledgeBase(),
                live.asOf().toString(), error));
        if (error != null) ctx.status(HttpStatus.BAD_REQUEST);
        Desk.html(ctx, "web/due.jte", page("Due predictions", "due", notice != null ? notice : ctx.queryParam("done")),
                new DuePage(view.list(), view.kb(), view.today(), view.error()));
    }

    private void resolve(Context ctx) throws IOException {
        String id = Optional.ofNullable(ctx.formParam("id")).orElse("");
        Optional<Outcome> outcome = Wire.parse(Outcome.class, Optional.ofNullable(ctx.formParam("outcome")).orElse("")
                .toLowerCase(Locale.ROOT));
        if (outcome.isEmpty()) {
            due(ctx, null, "Choose an outcome: true, false or partly.");
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(Optional.ofNullable(ctx.formParam("date")).orElse("").strip());
        } catch (DateTimeParseException e) {
            due(ctx, null, "The date must be a calendar date like 2026-03-01.");
            return;
        }
        String evidence = Optional.ofNullable(ctx.formParam("evidence")).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        try {
            var done = ResolutionWriter.record(live.root(), new ResolutionWriter.Request(id, outcome.get(), date, evidence,
                    ctx.formParam("force") != null));
            live.refresh();
            String notice = (done.replaced() ? "Replaced " : "Recorded ") + id + ": " + done.outcome().wire() + " on "
                    + done.date() + ", in " + done.file() + ".";
            ctx.redirect("/due?done=" + Http.encode(notice), HttpStatus.SEE_OTHER);
        } catch (ResolutionWriter.Refused refused) {
            due(ctx, null, refused.getMessage());
        }
    }

    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
