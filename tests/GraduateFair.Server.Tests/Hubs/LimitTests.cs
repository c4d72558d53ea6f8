using System.Text.Json;
using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>Abuse limits: calls per connection (a token bucket on the manual clock) and the size of a hub message.</summary>
public sealed class LimitTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private const int Burst = 30;
    private const int PerSecond = 20;
    private const string TooMany = "An unexpected error occurred invoking 'WatchFair' on the server. HubException: Too many calls: at most about 20 a second on one connection. Slow down and try again.";

    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task AConnectionMayMakeABurstOfCallsAndThenAbout20ASecond()
    {
        var (_, fairId, _) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Busy Fingers", online: false);
        await using var hub = await _app.ConnectHubAsync(graduate);

        for (var i = 0; i < Burst; i++)
        {
            await hub.InvokeAsync("WatchFair", fairId);
        }

        var overBurst = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("WatchFair", fairId));
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < PerSecond; i++)
        {
            await hub.InvokeAsync("WatchFair", fairId);
        }

        var overRate = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("WatchFair", fairId));
        await using var otherConnection = await _app.ConnectHubAsync(graduate);
        var status = await otherConnection.InvokeAsync<FairStatusDto>("WatchFair", fairId);

        Assert.Equal(TooMany, overBurst.Message);
        Assert.Equal(TooMany, overRate.Message);
        Assert.Equal("open", status.Status);
    }

    [Fact]
    public async Task AHubMessageOver32KBClosesTheConnection()
    {
        var graduate = await _story.GraduateAsync("Oversharer");
        var hub = _story.Hub(graduate);
        var payload = JsonSerializer.SerializeToElement(new string('a', 33 * 1024));

        await hub.SendAsync("Signal", "room_any", payload);
        var closed = await hub.Closed.WithTimeout("the server to close the connection");

        Assert.Equal(new HubClosed(HubCloseCause.CloseMessage, "Connection closed with an error.", true), closed);
    }

    [Fact]
    public async Task AMessageJustUnder32KBIsReadAndAnswered()
    {
        var graduate = await _story.GraduateAsync("Long Winded");
        var hub = _story.Hub(graduate);
        var payload = JsonSerializer.SerializeToElement(new string('a', 31 * 1024));

        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Signal", "room_nope", payload));

        Assert.StartsWith("An unexpected error occurred invoking 'Signal' on the server. HubException: A signal may be at most 16 KB", refused.Message, StringComparison.Ordinal);
    }
}
