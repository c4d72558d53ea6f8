using GraduateFair.Domain.Queues;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Hubs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Benchmarks;

/// <summary>
/// Endpoints for the load tool only (bench/GraduateFair.LoadTest), mapped only when
/// <c>Benchmark:Enabled</c> is true; off by default, never for production. The hub baseline: a
/// do-nothing broadcast of <c>QueuePosition</c> messages to users, the way the publisher addresses
/// them, with no grain, queue or coalescing behind it.
/// </summary>
public static class BenchmarkApi
{
    public const string EnabledKey = "Benchmark:Enabled";

    public static IEndpointRouteBuilder MapBenchmarkApi(this IEndpointRouteBuilder routes, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue<bool>(EnabledKey))
        {
            var benchmark = routes.MapGroup("/api/benchmark").WithTags("Benchmark").RequireAuthorization(Roles.Organiser).ExcludeFromDescription();
            benchmark.MapPost("/hub/positions", SendPositionsAsync);
        }

        return routes;
    }

    /// <summary>Sends each message (<c>repeat</c> times) and answers once SignalR has them all.</summary>
    private static async Task<NoContent> SendPositionsAsync(BenchmarkPositions body, IHubContext<FairHub, IFairClient> hub)
    {
        var repeat = Math.Max(1, body.Repeat);
        var sends = new List<Task>(body.Messages.Count * repeat);
        for (var round = 0; round < repeat; round++)
        {
            foreach (var message in body.Messages)
            {
                var position = new QueuePositionMessage(message.BoothId, message.Position + round, message.EtaSeconds, EtaText.For(message.EtaSeconds));
                sends.Add(hub.Clients.Group(HubGroups.User(message.UserId)).QueuePosition(position));
            }
        }

        await Task.WhenAll(sends);
        return TypedResults.NoContent();
    }
}

/// <param name="Repeat">Send the list this many times, the position going up by one each round (default once).</param>
public sealed record BenchmarkPositions(IReadOnlyList<BenchmarkPosition> Messages, int Repeat = 1);

public sealed record BenchmarkPosition(string UserId, string BoothId, int Position, int EtaSeconds);
