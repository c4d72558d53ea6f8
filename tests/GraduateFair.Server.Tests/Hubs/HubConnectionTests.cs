using System.Net;
using System.Net.Http.Json;
using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>Who may connect to <c>/hubs/fair</c>, and how.</summary>
public sealed class HubConnectionTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task WithoutCredentialsTheHubAnswers401()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => SignalRTestClient.ConnectAsync(_app.Server, HubConnections.Path));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task ABadTokenIsRefused()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => SignalRTestClient.ConnectAsync(_app.Server, HubConnections.Path, new SignalRTestClientOptions { AccessToken = "not-a-token" }));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task TheSignInCookieAndTheAuthorizationHeaderAuthenticateTheHubToo()
    {
        var graduate = await _story.GraduateAsync("Cookie Eater", online: false);
        using var login = await _story.Client.PostAsJsonAsync("/api/auth/login", new { email = graduate.Email, password = "password-123" });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("graduatefair=", StringComparison.Ordinal)).Split(';')[0];

        await using var byCookie = await SignalRTestClient.ConnectAsync(_app.Server, HubConnections.Path, new SignalRTestClientOptions { Cookie = cookie });
        await using var byHeader = await SignalRTestClient.ConnectAsync(_app.Server, HubConnections.Path, new SignalRTestClientOptions
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {graduate.Token}" },
        });
        var (_, fairId, _) = await _story.OpenBoothAsync();

        Assert.Equal("open", (await byCookie.InvokeAsync<FairStatusDto>("WatchFair", fairId)).Status);
        Assert.Equal("open", (await byHeader.InvokeAsync<FairStatusDto>("WatchFair", fairId)).Status);
    }

    [Fact]
    public async Task TheHubOffersStatefulReconnectToClientsThatAskForIt()
    {
        var graduate = await _story.GraduateAsync("Stateful", online: false);

        var (status, negotiated) = await _story.Client.PostAsync($"{HubConnections.Path}/negotiate?negotiateVersion=1&useStatefulReconnect=true", token: graduate.Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(negotiated!["useStatefulReconnect"]!.GetValue<bool>());
    }
}
