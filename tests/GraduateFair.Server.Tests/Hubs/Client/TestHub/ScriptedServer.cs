using System.Net.WebSockets;

namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>
/// A fake hub endpoint (negotiate + WebSocket) whose next connection runs a script, for what a
/// real hub does not do on demand: several records in one frame, a record split mid-character,
/// acks and sequence messages, a close message with an error.
/// </summary>
public sealed class ScriptedServer
{
    public const string ConnectionId = "scripted-connection";
    public const string ConnectionToken = "scripted-token";

    private readonly object _gate = new();
    private (Func<ScriptedConnection, Task> Script, TaskCompletionSource Done)? _next;

    /// <summary>Runs <paramref name="script"/> on the next WebSocket; the task completes (or faults) with it.</summary>
    public Task RunNext(Func<ScriptedConnection, Task> script)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _next = (script, done);
        }

        return done.Task;
    }

    internal async Task AcceptAsync(WebSocket socket)
    {
        (Func<ScriptedConnection, Task> Script, TaskCompletionSource Done) next;
        lock (_gate)
        {
            next = _next ?? throw new InvalidOperationException("A client connected to the scripted server, but no script was set.");
            _next = null;
        }

        try
        {
            await next.Script(new ScriptedConnection(socket));
            next.Done.TrySetResult();
        }
        catch (Exception exception)
        {
            next.Done.TrySetException(exception);
        }
    }
}
