using System.Net;
using GraduateFair.Server.Tests.Support;
using GraduateFair.Server.Web;

namespace GraduateFair.Server.Tests.Web;

public sealed class WebAppHostingTests : IDisposable
{
    private const string IndexHtml = "<!doctype html><html lang=\"zh-CN\"><title>test index</title></html>";
    private readonly string _root = Directory.CreateTempSubdirectory("graduatefair-web-").FullName;

    public WebAppHostingTests()
    {
        File.WriteAllText(Path.Combine(_root, "index.html"), IndexHtml);
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        File.WriteAllText(Path.Combine(_root, "assets", "index-AbC123.js"), "console.log(1);");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/graduate/fairs/f-123")]
    public async Task PagePathsAnswerIndexHtmlThatIsNeverCached(string path)
    {
        await using var app = WithRoot(_root);
        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IndexHtml, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentSecurityPolicyLetsPlayersReachTheHlsOriginAndExternalHttpsStreams()
    {
        var policy = WebAppHosting.ContentSecurityPolicy("http://127.0.0.1:8088/hls");

        Assert.Contains("media-src 'self' blob: https: http://127.0.0.1:8088;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws: wss: https: http://127.0.0.1:8088;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws: wss: https:;", WebAppHosting.ContentSecurityPolicy(null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashedAssetsAreCachedForAYearAndImmutable()
    {
        await using var app = WithRoot(_root);
        using var response = await app.CreateClient().GetAsync(new Uri("/assets/index-AbC123.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("console.log(1);", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/no-such-call")]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/assets/missing-file.js")]
    public async Task ApiHubAndMissingFilePathsAnswerNotFoundInsteadOfTheApp(string path)
    {
        await using var app = WithRoot(_root);
        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostToAPagePathIsMethodNotAllowed()
    {
        await using var app = WithRoot(_root);
        using var response = await app.CreateClient().PostAsync(new Uri("/graduate/profile", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ApiCallsKeepTheirOwnStatusesBesideTheApp()
    {
        await using var app = WithRoot(_root);
        var client = app.CreateClient();
        using var form = new StringContent("email=a@b.com", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var notJson = await client.PostAsync(new Uri("/api/auth/register", UriKind.Relative), form);
        using var wrongMethod = await client.DeleteAsync(new Uri("/api/auth/register", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
    }

    [Fact]
    public async Task WithoutABuiltAppTheRootSaysHowToBuildIt()
    {
        await using var app = WithRoot(Path.Combine(_root, "missing"));
        using var response = await app.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("The web app is not built", body, StringComparison.Ordinal);
        Assert.Contains("infra/web/build.sh", body, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultRootIsTheRepositoryWebDistAboveTheContentRoot()
    {
        var contentRoot = Path.Combine(ServerProcess.RepositoryRoot, "src", "GraduateFair.Server");

        Assert.Equal(Path.Combine(ServerProcess.RepositoryRoot, "web", "dist"), WebAppHosting.ResolveRoot(null, contentRoot));
    }

    [Fact]
    public void ConfiguredRelativeRootIsResolvedAgainstTheContentRoot()
    {
        Assert.Equal(Path.GetFullPath("/srv/app/site"), WebAppHosting.ResolveRoot("site", "/srv/app"));
    }

    private static GraduateFairApp WithRoot(string root) => new(new Dictionary<string, string?> { [WebAppHosting.RootKey] = root });
}
