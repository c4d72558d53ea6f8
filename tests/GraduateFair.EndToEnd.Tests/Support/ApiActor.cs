using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>
/// Someone acting through the HTTP API with a bearer token: for setting up what a browser test is
/// not about (a fair to join, a booth to queue at), and for the other side of a browser flow.
/// </summary>
public sealed class ApiActor
{
    private readonly ServerProcess _server;

    private ApiActor(ServerProcess server, string userId, string token)
    {
        _server = server;
        UserId = userId;
        Token = token;
    }

    public string UserId { get; }

    public string Token { get; }

    internal static async Task<ApiActor> SignInAsync(ServerProcess server, string email, string password)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in of {email} answered {response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        return new ApiActor(server, json["userId"]!.GetValue<string>(), json["accessToken"]!.GetValue<string>());
    }

    /// <summary>Sends a call that must succeed (2xx); the JSON answer, or null for 204.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var client = _server.CreateClient();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public Task<JsonNode?> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body ?? new { });

    public Task<JsonNode?> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public static string NewCreditCode() => $"91310000MA1K{Random.Shared.Next(1_000_000):D6}";

    /// <summary>An open fair with one verified company's booth holding one job; the booth id.</summary>
    public static async Task<(string FairId, string BoothId)> OpenBoothAsync(ApiActor organiser, ApiActor employer, string fairTitle, string companyName, string boothTitle)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        ArgumentNullException.ThrowIfNull(employer);
        var fair = await organiser.PostAsync("/api/fairs", new
        {
            title = fairTitle,
            theme = "general",
            opensAt = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            closesAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
        });
        var fairId = fair!["fairId"]!.GetValue<string>();
        await organiser.PostAsync($"/api/fairs/{fairId}/open");
        var company = await employer.PostAsync("/api/companies", new { name = companyName, creditCode = NewCreditCode(), industry = "Software", city = "Chengdu" });
        var companyId = company!["companyId"]!.GetValue<string>();
        await organiser.PostAsync($"/api/companies/{companyId}/verify");
        var booth = await employer.PostAsync($"/api/fairs/{fairId}/booths", new { companyId, title = boothTitle });
        var boothId = booth!["boothId"]!.GetValue<string>();
        await employer.PostAsync($"/api/booths/{boothId}/jobs", new { title = "Software engineer", discipline = "engineering", degree = "bachelor", city = "Chengdu", openings = 3 });
        return (fairId, boothId);
    }
}
