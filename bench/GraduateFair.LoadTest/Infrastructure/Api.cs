using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>The server's JSON API with bearer tokens, over one pooled HTTP client.</summary>
public sealed class Api(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, UseCookies = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public HttpClient Client => _client;

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object? body = null, string? token = null) =>
        SendAsync(HttpMethod.Post, path, body ?? new { }, token);

    /// <summary>Posts and insists on one status.</summary>
    public async Task<JsonNode?> PostExpectingAsync(HttpStatusCode expected, string path, object? body = null, string? token = null)
    {
        var (status, answer) = await PostAsync(path, body, token);
        return status == expected ? answer : throw new InvalidOperationException($"POST {path} answered {(int)status}, expected {(int)expected}: {answer?.ToJsonString()}");
    }

    /// <summary>Signs up a user and signs them in: their id and bearer token.</summary>
    public async Task<(string UserId, string Token)> RegisterAsync(string role, string displayName)
    {
        var email = $"{role}-{Guid.NewGuid():N}@load.test";
        var user = await PostExpectingAsync(HttpStatusCode.Created, "/api/auth/register", new { email, password = "load-password", displayName, role });
        return (user!["userId"]!.GetValue<string>(), await SignInAsync(email, "load-password"));
    }

    /// <summary>Signs in: the bearer token.</summary>
    public async Task<string> SignInAsync(string email, string password)
    {
        var session = await PostExpectingAsync(HttpStatusCode.OK, "/api/auth/login", new { email, password });
        return session!["accessToken"]!.GetValue<string>();
    }

    /// <summary>Creates a fair that opened an hour ago and opens it: its id.</summary>
    public async Task<string> OpenFairAsync(string organiserToken, string title)
    {
        var fair = await PostExpectingAsync(HttpStatusCode.Created, "/api/fairs", new
        {
            title,
            theme = "general",
            opensAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            closesAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
        }, organiserToken);
        var fairId = fair!["fairId"]!.GetValue<string>();
        await PostExpectingAsync(HttpStatusCode.OK, $"/api/fairs/{fairId}/open", token: organiserToken);
        return fairId;
    }

    /// <summary>An employer's company, verified by the organiser: its id.</summary>
    public async Task<string> VerifiedCompanyAsync(string organiserToken, string employerToken, string name, string creditCode)
    {
        var company = await PostExpectingAsync(HttpStatusCode.Created, "/api/companies", new { name, creditCode, industry = "IT", city = "Wuhan" }, employerToken);
        var companyId = company!["companyId"]!.GetValue<string>();
        await PostExpectingAsync(HttpStatusCode.OK, $"/api/companies/{companyId}/verify", token: organiserToken);
        return companyId;
    }

    public void Dispose() => _client.Dispose();
}
