using GraduateFair.Server.LiveSessions;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraduateFair.Server.Web;

/// <summary>
/// Serves the built web app (web/dist): hashed assets with a year-long immutable cache, and
/// index.html, never cached, for every other GET that is not an API, hub, OpenAPI or health path
/// (the app routes with the History API). Without a built app, those paths answer a short page
/// saying how to build it.
/// </summary>
public static partial class WebAppHosting
{
    /// <summary>Configuration key of the web root; default: the repository's web/dist.</summary>
    public const string RootKey = "Web:Root";

    private const string AssetsPath = "/assets";
    private const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>
    /// The page's Content-Security-Policy. Live sessions play HLS from another origin: nginx's
    /// (<c>Live:HlsBaseUrl</c>, plain http on a development machine) or, for a session with an
    /// external HLS URL, any https origin. hls.js fetches the playlist and segments (connect-src)
    /// and plays them through a blob: URL; a browser playing HLS natively loads them itself
    /// (media-src).
    /// </summary>
    public static string ContentSecurityPolicy(string? hlsBaseUrl)
    {
        var hls = Uri.TryCreate(hlsBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? " " + uri.GetLeftPart(UriPartial.Authority)
            : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
            $"media-src 'self' blob: https:{hls}; connect-src 'self' ws: wss: https:{hls}; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static readonly string[] ServerPrefixes = ["/api", "/hubs", "/openapi", "/health"];

    public static WebApplication UseGraduateFairWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebAppHosting));
        var root = ResolveRoot(app.Configuration[RootKey], app.Environment.ContentRootPath);
        var index = root is null ? null : Path.Combine(root, "index.html");
        if (root is null || !File.Exists(index))
        {
            LogNotBuilt(logger, root ?? "web/dist");
            MapPages(app, NotBuiltAsync);
            return app;
        }

        LogServing(logger, root);
        var policy = ContentSecurityPolicy(app.Services.GetRequiredService<IOptions<LiveStreamingOptions>>().Value.HlsBaseUrl);
        var files = new PhysicalFileProvider(root);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = context.Context.Request.Path.StartsWithSegments(AssetsPath) ? ImmutableCache : "no-cache";
                headers.XContentTypeOptions = "nosniff";
            },
        });
        MapPages(app, context => IndexAsync(context, files, policy));
        return app;
    }

    /// <summary>Web:Root when set (relative to the content root), else web/dist above the content root.</summary>
    public static string? ResolveRoot(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "web", "package.json")))
            {
                return Path.Combine(directory.FullName, "web", "dist");
            }
        }

        return null;
    }

    /// <summary>
    /// The fallback for page paths: GET and HEAD of any path without a file extension outside the
    /// server's own prefixes, so that an API path keeps its own answers (404 for an unknown call,
    /// 405 for a wrong method, 415 for a body that is not JSON) instead of getting the app.
    /// </summary>
    private static void MapPages(WebApplication app, RequestDelegate handler)
    {
        var pattern = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null, parameterPolicies: new { path = new PagePathConstraint() });
        app.Map(pattern, handler)
            .WithOrder(int.MaxValue)
            .WithDisplayName("Web app page")
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }

    private static bool IsServerPath(PathString path) =>
        ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private static bool IsPageRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && !IsServerPath(context.Request.Path);

    /// <summary>Matches the catch-all value of a page path: not under /api, /hubs, /openapi or /health.</summary>
    private sealed class PagePathConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            !IsServerPath(new PathString("/" + (values.TryGetValue(routeKey, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : "")));
    }

    private static async Task IndexAsync(HttpContext context, PhysicalFileProvider files, string policy)
    {
        if (!IsPageRequest(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var index = files.GetFileInfo("index.html");
        var headers = context.Response.Headers;
        headers[HeaderNames.CacheControl] = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = policy;
        headers["Referrer-Policy"] = "same-origin";
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = index.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await context.Response.SendFileAsync(index, context.RequestAborted);
    }

    private static async Task NotBuiltAsync(HttpContext context)
    {
        if (!IsPageRequest(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        await context.Response.WriteAsync(NotBuiltPage, context.RequestAborted);
    }

    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GraduateFair: the web app is not built</title></head>
        <body>
        <main>
        <h1>The web app is not built</h1>
        <p>The server is running (the API answers under <code>/api</code>), but it found no built web app.
        Build it from the repository root, then reload this page:</p>
        <pre><code>infra/web/build.sh</code></pre>
        <p>(It runs <code>npm ci</code> and <code>npm run build</code> in <code>web/</code>; Node.js 20.19 or later.)
        <code>infra/run.sh</code> does this by itself. To serve a build from elsewhere, set <code>Web:Root</code>
        (environment variable <code>Web__Root</code>).</p>
        <p lang="zh-CN">网页应用尚未构建：请在仓库根目录运行 <code>infra/web/build.sh</code>，然后刷新本页。</p>
        </main>
        </body>
        </html>
        """;

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the web app from {Root}")]
    private static partial void LogServing(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web app is not built ({Root} has no index.html): run infra/web/build.sh")]
    private static partial void LogNotBuilt(ILogger logger, string root);
}
