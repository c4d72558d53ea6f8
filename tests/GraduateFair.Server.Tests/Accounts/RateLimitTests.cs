using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Accounts;

public sealed class RateLimitTests
{
    [Fact]
    public async Task SignInAttemptsPerAddressAreLimitedWithRetryAfter()
    {
        await using var app = new GraduateFairApp(new() { ["Auth:AttemptsPerMinute"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var (status, _) = await client.PostAsync("/api/auth/login", new { email = "someone@example.com", password = "password-123" });
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = System.Net.Http.Json.JsonContent.Create(new { email = "someone@example.com", password = "password-123" }) };
        using var limited = await client.SendAsync(request);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await limited.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal(429, problem!["status"]!.GetValue<int>());
    }
}
