using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Benchmarks;

public sealed class BenchmarkApiTests
{
    [Fact]
    public async Task TheBenchmarkBroadcastIsNotThereUnlessEnabled()
    {
        await using var app = new GraduateFairApp();
        var story = new Story(app);
        var organiser = await story.OrganiserAsync();

        var (status, _) = await story.Client.PostAsync("/api/benchmark/hub/positions", new { messages = Array.Empty<object>() }, organiser.Token);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText);

        // The web app's routes answer 405 for a POST to an unknown API path.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.DoesNotContain(routes, pattern => pattern?.Contains("benchmark", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WhenEnabledTheOrganiserBroadcastsPositionsToUsers()
    {
        await using var app = new GraduateFairApp(new Dictionary<string, string?> { ["Benchmark:Enabled"] = "true" });
        var story = new Story(app);
        var organiser = await story.OrganiserAsync();
        var graduate = await story.GraduateAsync("Benchmark Listener");
        var body = new { messages = new[] { new { userId = graduate.UserId, boothId = "booth_bench", position = 7, etaSeconds = 600 } }, repeat = 2 };

        var (byGraduate, _) = await story.Client.PostAsync("/api/benchmark/hub/positions", body, graduate.Token);
        var (status, _) = await story.Client.PostAsync("/api/benchmark/hub/positions", body, organiser.Token);
        var first = await story.Hub(graduate).On("QueuePosition").NextAsync<QueuePositionDto>();
        var second = await story.Hub(graduate).On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal(HttpStatusCode.Forbidden, byGraduate);
        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(new QueuePositionDto("booth_bench", 7, 600, "about 10 minutes"), first);
        Assert.Equal(first with { Position = 8 }, second);
    }
}
