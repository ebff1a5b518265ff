package org.claimskb.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimskb.index.Analyzer;

/**
 * The desk's web server: binds, serves the pages, and stops. Every state-changing request must
 * carry this process's token (a hidden form field), so no other site can make the desk write.
 */
public final class Desk implements AutoCloseable {
    /** Where htmx lives in its webjar (org.webjars.npm:htmx.org, see pom.xml). */
    static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    static final long MAX_REQUEST_BYTES = 512 * 1024;
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** How to start: the KB root, a fixed as-of day (null: today), the rules engine, where to listen. */
    public record Settings(Path kbRoot, LocalDate asOf, Analyzer analyzer, String host, int port) {}

    /** The address could not be bound (in use, not an address of this machine, no permission). */
    public static final class BindFailed extends Exception {
        private static final long serialVersionUID = 1L;

        BindFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final LiveState live;
    private final Javalin app;
    private final String host;
    private final String token = newToken();

    private Desk(LiveState live, Javalin app, String host) {
        this.live = live;
        this.app = app;
        this.host = host;
    }

    /** Opens the KB's derived state, starts watching it, and starts listening. */
    public static Desk start(Settings settings) throws IOException, BindFailed {
        LiveState live = new LiveState(settings.kbRoot(), settings.asOf(), settings.analyzer());
        var holder = new Desk[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            new Routes(live, () -> holder[0].token, settings.host()).install(config.routes);
        });
        Desk desk = new Desk(live, app, settings.host());
        holder[0] = desk;
        try {
            app.start();
            live.warmUp();
        } catch (RuntimeException e) {
            live.close();
            app.stop();
            throw new BindFailed(bindMessage(settings, e), e);
        }
        return desk;
    }

    private static String bindMessage(Settings s, Throwable e) {
        String all = "";
        for (Throwable t = e; t != null; t = t.getCause()) all += " " + t;
        String where = s.host() + ":" + s.port();
        if (all.contains("Address already in use")) return "port " + s.port() + " is in use (" + where + "); pick another with --port";
        if (all.contains("Cannot assign requested address") || all.contains("UnresolvedAddress") || all.contains("unresolved")) {
            return "cannot listen on " + where + ": not an address of this machine";
        }
        if (all.contains("Permission denied")) return "cannot listen on " + where + ": permission denied (ports below 1024 need privileges)";
        return "cannot listen on " + where;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/";
    }

    /** The per-process token every write must carry (tests read it from the pages). */
    String token() {
        return token;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        live.close();
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Renders a template with its parameters. */
    static String render(String template, Map<String, Object> params) {
        var out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }

    static void html(Context ctx, String template, Page page, Object view) {
        var params = new LinkedHashMap<String, Object>();
        params.put("page", page);
        params.put("view", view);
        secure(ctx);
        ctx.html(render(template, params));
    }

    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on form posts, which the origin check refuses.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    static void resource(Context ctx, String path, String type) {
        InputStream in = Desk.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            ctx.status(HttpStatus.NOT_FOUND).result("not found");
            return;
        }
        try (in) {
            ctx.contentType(type).header("X-Content-Type-Options", "nosniff").header("Cache-Control", "max-age=3600")
                    .result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
