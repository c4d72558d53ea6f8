using System.Net;
using System.Text;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Accounts;

public sealed class AccountsApiTests : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app;
    private readonly HttpClient _client;

    public AccountsApiTests(GraduateFairApp app)
    {
        _app = app;
        _client = app.CreateClient();
    }

    [Fact]
    public async Task RegisterThenLoginGivesATokenThatMeAccepts()
    {
        var email = ApiClient.UniqueEmail("grad");

        var (registered, registration) = await _client.PostAsync("/api/auth/register", new { email, password = "password-123", displayName = "  Li Hua ", role = "graduate" });
        var (loggedIn, login) = await _client.PostAsync("/api/auth/login", new { email = email.ToUpperInvariant(), password = "password-123" });
        var (meStatus, me) = await _app.CreateClient().GetAsync("/api/me", login.Text("accessToken"));

        Assert.Equal(HttpStatusCode.Created, registered);
        Assert.StartsWith("u_", registration.Text("userId"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, loggedIn);
        Assert.Equal(registration.Text("userId"), login.Text("userId"));
        Assert.Equal("graduate", login.Text("role"));
        Assert.Equal("Li Hua", login.Text("displayName"));
        Assert.Equal(12 * 3600, login!["expiresIn"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, meStatus);
        Assert.Equal(registration.Text("userId"), me.Text("userId"));
        Assert.Equal("graduate", me.Text("role"));
        Assert.Equal("Li Hua", me.Text("displayName"));
        Assert.Equal(email, me.Text("email"));
    }

    [Fact]
    public async Task LoginSetsACookieThatSignsTheBrowserIn()
    {
        var browser = _app.CreateClient();
        var email = ApiClient.UniqueEmail("employer");
        await browser.PostAsync("/api/auth/register", new { email, password = "password-123", displayName = "Hiring Manager", role = "employer" });

        await browser.PostAsync("/api/auth/login", new { email, password = "password-123" });
        var (status, me) = await browser.GetAsync("/api/me", token: null);
        var (afterLogout, _) = await browser.PostAsync("/api/auth/logout");
        var (signedOut, problem) = await browser.GetAsync("/api/me", token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("employer", me.Text("role"));
        Assert.Equal(HttpStatusCode.NoContent, afterLogout);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut);
        Assert.Equal(401, problem!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task RegisterReportsEveryBadFieldAndChangesNothing()
    {
        var (status, problem) = await _client.PostAsync("/api/auth/register", new { email = "not-an-email", password = "short", displayName = "", role = "boss" });
        var (later, _) = await _client.PostAsync("/api/auth/register", new { email = "not-an-email@example.com", password = "password-123", displayName = "Fine", role = "graduate" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem!["errors"]!;
        Assert.Equal("Email must be a valid email address, like name@example.com.", errors["email"]![0]!.GetValue<string>());
        Assert.Equal("Password must be at least 8 characters.", errors["password"]![0]!.GetValue<string>());
        Assert.NotNull(errors["displayName"]);
        Assert.Equal("Unknown role 'boss'; allowed: graduate, employer", errors["role"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, later);
    }

    [Fact]
    public async Task NobodyCanRegisterAsOrganiser()
    {
        var (status, problem) = await _client.PostAsync("/api/auth/register", new { email = ApiClient.UniqueEmail(), password = "password-123", displayName = "Sneaky", role = "organiser" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Unknown role 'organiser'; allowed: graduate, employer", problem!["errors"]!["role"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ATakenEmailIsAConflictWhateverItsCase()
    {
        var email = ApiClient.UniqueEmail("twice");
        await _client.PostAsync("/api/auth/register", new { email, password = "password-123", displayName = "First", role = "graduate" });

        var (status, problem) = await _client.PostAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = "password-456", displayName = "Second", role = "employer" });
        var firstStillWorks = await _client.SignInAsync(email, "password-123");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Email already registered", problem.Text("title"));
        Assert.NotNull(firstStillWorks.Token);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupportedMediaType()
    {
        using var content = new StringContent("email=a@b.com", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _client.PostAsync("/api/auth/register", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MalformedJsonIsABadRequestWithProblemDetails()
    {
        using var content = new StringContent("{\"email\": ", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/auth/register", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AJsonBodyOverOneMegabyteIsTooLarge()
    {
        var email = ApiClient.UniqueEmail("big");
        var body = $$"""{"email":"{{email}}","password":"password-123","displayName":"{{new string('x', 1024 * 1024)}}","role":"graduate"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/auth/register", content);
        var (loginStatus, _) = await _client.PostAsync("/api/auth/login", new { email, password = "password-123" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, loginStatus);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var session = await _client.SignUpAsync("graduate");

        var (wrongPassword, first) = await _client.PostAsync("/api/auth/login", new { email = session.Email, password = "password-999" });
        var (unknownEmail, second) = await _client.PostAsync("/api/auth/login", new { email = ApiClient.UniqueEmail("nobody"), password = "password-999" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail);
        Assert.Equal(first.Text("detail"), second.Text("detail"));
    }

    [Fact]
    public async Task FiveFailedLoginsLockTheAccountForFifteenMinutes()
    {
        var session = await _client.SignUpAsync("graduate");
        for (var i = 0; i < 5; i++)
        {
            await _client.PostAsync("/api/auth/login", new { email = session.Email, password = "wrong-password" });
        }

        var (whileLocked, problem) = await _client.PostAsync("/api/auth/login", new { email = session.Email, password = "password-123" });
        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        var (afterwards, _) = await _client.PostAsync("/api/auth/login", new { email = session.Email, password = "password-123" });

        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked);
        Assert.Contains("locked", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterwards);
    }

    [Fact]
    public async Task MeWithoutASessionIsUnauthorizedWithProblemDetails()
    {
        var (status, problem) = await _app.CreateClient().GetAsync("/api/me", token: null);
        var (badToken, _) = await _app.CreateClient().GetAsync("/api/me", token: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(401, problem!["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, badToken);
    }

    [Fact]
    public async Task TheOrganiserAccountComesFromConfiguration()
    {
        var organiser = await _client.SignInAsync(GraduateFairApp.OrganiserEmail, GraduateFairApp.OrganiserPassword);
        var (_, me) = await _client.GetAsync("/api/me", organiser.Token);

        Assert.Equal("organiser", me.Text("role"));
    }

    [Fact]
    public async Task HealthAndTheOpenApiDocumentAreServed()
    {
        using var health = await _client.GetAsync("/health");
        var (status, document) = await _client.GetAsync("/openapi/v1.json", token: null);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/auth/register", paths);
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/me", paths);
    }
}
