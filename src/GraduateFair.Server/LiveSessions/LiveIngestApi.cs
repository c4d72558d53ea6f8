using System.Net;
using System.Security.Cryptography;
using System.Text;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// nginx's RTMP callbacks (<c>on_publish</c>, <c>on_publish_done</c>; form-encoded, the stream name
/// in <c>name</c>). Only nginx may call them: with <c>Live:IngestSecret</c> set, the callback URL
/// must carry it as <c>?secret=</c>; without, only the loopback address is taken. A publish is
/// accepted with 302 and <c>Location: &lt;session id&gt;</c>, which makes nginx rename the stream so the
/// key never appears in HLS paths; any other answer makes nginx drop the publisher.
/// </summary>
public static partial class LiveIngestApi
{
    public const string Path = "/api/live/ingest";

    public static IEndpointRouteBuilder MapLiveIngestApi(this IEndpointRouteBuilder routes)
    {
        var ingest = routes.MapGroup(Path).WithTags("Live ingest (nginx)").AllowAnonymous().AddEndpointFilter(OnlyFromNginxAsync);
        ingest.MapPost("/publish", PublishAsync)
            .WithDescription("nginx on_publish: 302 with Location <session id> for a valid stream key of a scheduled or live session; 403 or 409 otherwise.");
        ingest.MapPost("/publish-done", PublishDoneAsync)
            .WithDescription("nginx on_publish_done: the publisher stopped; its session ends after the reconnect grace (Live:ReconnectGrace).");
        return routes;
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> PublishAsync(
        HttpContext context, IGrainFactory grains, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(LiveIngestApi));

        var (key, publisherId) = await ReadCallbackAsync(context);
        var sessionId = StreamKeys.SessionIdOf(key);
        if (sessionId is null || publisherId is null)
        {
            LogMalformed(logger);
            return Problems.Forbidden("This is not a stream key of a live session.");
        }

        var result = await grains.GetGrain<ILiveSessionGrain>(sessionId).PublishAsync(key!, publisherId);
        if (result.Accepted)
        {
            LogAccepted(logger, sessionId, result.Outcome == PublishOutcome.Reconnected ? "reconnected" : "went live");
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Redirect(sessionId);
        }

        LogRefused(logger, sessionId, result.Outcome);
        return result.Outcome switch
        {
            PublishOutcome.Ended => Problems.Conflict("This live session has ended: its key publishes nothing any more."),
            PublishOutcome.NotRtmp => Problems.Conflict("This live session shows a stream produced elsewhere."),
            _ => Problems.Forbidden("This is not a stream key of a live session."),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PublishDoneAsync(
        HttpContext context, IGrainFactory grains, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(LiveIngestApi));

        // The name is the key the stream was published with (nginx reports the name before its
        // rename), maybe rotated since: only the session id in front of it counts here.
        var (key, publisherId) = await ReadCallbackAsync(context);
        if (StreamKeys.SessionIdOf(key) is { } sessionId && publisherId is not null
            && await grains.GetGrain<ILiveSessionGrain>(sessionId).PublishDoneAsync(publisherId))
        {
            LogPublisherLeft(logger, sessionId);
        }

        return TypedResults.NoContent();
    }

    /// <summary>Refuses, before anything is read, every ingest call that is not from nginx.</summary>
    private static async ValueTask<object?> OnlyFromNginxAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (IsFromNginx(context, context.RequestServices.GetRequiredService<IOptions<LiveStreamingOptions>>().Value))
        {
            return await next(invocation);
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LiveIngestApi));
        LogUntrusted(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return Problems.Forbidden("Only the streaming server (nginx) may call the ingest endpoints.");
    }

    private static bool IsFromNginx(HttpContext context, LiveStreamingOptions options)
    {
        if (!string.IsNullOrEmpty(options.IngestSecret))
        {
            var presented = context.Request.Query["secret"].ToString();
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.IngestSecret));
        }

        return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
    }

    /// <summary>The stream name and a publisher id made of nginx's client address and connection id.</summary>
    private static async Task<(string? Key, string? PublisherId)> ReadCallbackAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, null);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["name"].ToString();
        var clientId = form["clientid"].ToString();
        return (name.Length == 0 ? null : name, clientId.Length == 0 ? null : $"{form["addr"]}#{clientId}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest callback refused: not from nginx (address {Address}, or a wrong or missing secret)")]
    private static partial void LogUntrusted(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId}: stream accepted ({How})")]
    private static partial void LogAccepted(ILogger logger, string sessionId, string how);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId}: stream refused ({Outcome})")]
    private static partial void LogRefused(ILogger logger, string sessionId, PublishOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stream refused: its name is not shaped like a stream key")]
    private static partial void LogMalformed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId}: the publisher stopped")]
    private static partial void LogPublisherLeft(ILogger logger, string sessionId);
}
