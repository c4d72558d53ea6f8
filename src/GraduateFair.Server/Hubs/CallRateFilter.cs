using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Hubs;

/// <summary>Limits hub calls per connection (about 20 a second with a small burst); a call over the limit is refused with a <see cref="HubException"/>.</summary>
public sealed partial class CallRateFilter(TimeProvider clock, IOptions<FairHubOptions> options, ILogger<CallRateFilter> logger) : IHubFilter
{
    private static readonly object BucketKey = typeof(CallBucket);

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.Context.Items[BucketKey] = new CallBucket(clock, options.Value.CallsPerSecond, options.Value.CallBurst);
        return next(context);
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        if (invocationContext.Context.Items.TryGetValue(BucketKey, out var value) && value is CallBucket bucket && !bucket.TryTake())
        {
            LogTooManyCalls(logger, invocationContext.Context.ConnectionId, invocationContext.HubMethodName);
            var rate = options.Value.CallsPerSecond.ToString("0.#", CultureInfo.InvariantCulture);
            throw new HubException($"Too many calls: at most about {rate} a second on one connection. Slow down and try again.");
        }

        return next(invocationContext);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub connection {ConnectionId} went over its call rate ({Method} refused)")]
    private static partial void LogTooManyCalls(ILogger logger, string connectionId, string method);
}
