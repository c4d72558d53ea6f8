using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Hubs;

/// <summary>
/// A publisher's way out to the hub's clients: callers only queue what to send, and one background
/// loop sends it in the order it came, without waiting for slow clients (SignalR keeps each
/// connection's writes in order). Messages wait in a bounded backlog and are dropped (and logged)
/// only when it is full; a subclass's own deliveries (coalesced values, chat batches) are never
/// dropped: what they stand for is held by the subclass until sent.
/// </summary>
public abstract partial class HubDeliveryService : BackgroundService
{
    private readonly Channel<Delivery> _deliveries = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int _backlogLimit;
    private readonly string _backlogName;
    private int _backlog;
    private long _dropped;
    private long _sent;

    /// <param name="backlogName">Names the backlog in the warning about dropped messages ("hub event", "live event").</param>
    protected HubDeliveryService(IHubContext<FairHub, IFairClient> hub, int backlogLimit, ILogger logger, string backlogName)
    {
        Hub = hub;
        Logger = logger;
        _backlogLimit = backlogLimit;
        _backlogName = backlogName;
    }

    /// <summary>Hub messages handed to SignalR so far (a message to a group counts once).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Messages dropped because the backlog was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    protected IHubContext<FairHub, IFairClient> Hub { get; }

    protected ILogger Logger { get; }

    /// <summary>Queues one message, unless the backlog is full.</summary>
    protected void Send(string what, Func<IHubClients<IFairClient>, Task> action)
    {
        if (Interlocked.Increment(ref _backlog) > _backlogLimit)
        {
            Interlocked.Decrement(ref _backlog);
            var dropped = Interlocked.Increment(ref _dropped);
            if (dropped == 1 || dropped % 10_000 == 0)
            {
                LogDropped(Logger, _backlogName, what, dropped, _backlogLimit);
            }

            return;
        }

        Enqueue(new Message(what, action));
    }

    /// <summary>Queues a delivery of the subclass's, sent by <see cref="DeliverAsync"/>.</summary>
    protected void Enqueue(Delivery delivery) => _deliveries.Writer.TryWrite(delivery);

    /// <summary>Starts sending one of the subclass's deliveries: the send, or a completed task when nothing is due.</summary>
    protected abstract ValueTask<Task> DeliverAsync(Delivery delivery);

    /// <summary>Counts a message the subclass handed to SignalR.</summary>
    protected void CountSent() => Interlocked.Increment(ref _sent);

    /// <summary>Logs a send's failure once it is known, without waiting for it.</summary>
    protected async Task ObserveAsync(Task sending, string what)
    {
        try
        {
            await sending;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogSendFailed(Logger, exception, what);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in _deliveries.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    Task sending;
                    if (delivery is Message message)
                    {
                        Interlocked.Decrement(ref _backlog);
                        CountSent();
                        sending = message.Action(Hub.Clients);
                    }
                    else
                    {
                        sending = await DeliverAsync(delivery);
                    }

                    // Not awaited: a slow client must not hold up everyone else's messages.
                    if (!sending.IsCompletedSuccessfully)
                    {
                        _ = ObserveAsync(sending, delivery.What);
                    }
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    LogSendFailed(Logger, exception, delivery.What);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is not sent yet is not sent.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {What} to the hub's clients failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Backlog} backlog is full ({Limit}): dropped {What}; {Dropped} dropped so far")]
    private static partial void LogDropped(ILogger logger, string backlog, string what, long dropped, int limit);

    /// <summary>Something to send; <see cref="What"/> names it in logs.</summary>
    protected abstract record Delivery(string What);

    private sealed record Message(string Name, Func<IHubClients<IFairClient>, Task> Action) : Delivery(Name);
}
