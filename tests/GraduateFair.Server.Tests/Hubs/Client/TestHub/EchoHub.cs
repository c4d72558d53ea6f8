using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>A tiny hub that exercises every part of the protocol the test client speaks. Test-only.</summary>
[Authorize]
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "SignalR binds instance methods only.")]
public sealed class EchoHub(HubConnectionLog log) : Hub
{
    public const string ThrowMessage = "nope, not allowed";

    public string Echo(string text) => text;

    public Badge Promote(Badge badge)
    {
        ArgumentNullException.ThrowIfNull(badge);
        return badge with { Level = badge.Level + 1 };
    }

    public void Nothing()
    {
    }

    public void Refuse(string message) => throw new HubException(message);

    public void Crash() => throw new InvalidOperationException("an internal detail the client must not see");

    public string? WhoAmI() => Context.UserIdentifier;

    /// <summary>Calls <c>Notice(text)</c> on every connection of a user.</summary>
    public Task Notify(string userId, string text) => Clients.User(userId).SendAsync("Notice", text);

    public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);

    /// <summary>Calls <c>Announcement(group, text)</c> on the group's connections.</summary>
    public Task Announce(string group, string text) => Clients.Group(group).SendAsync("Announcement", group, text);

    /// <summary>Calls <c>Echoed(text)</c> on the caller.</summary>
    public Task Shout(string text) => Clients.Caller.SendAsync("Echoed", text);

    /// <summary>Asks the caller for a client result, which the test client refuses.</summary>
    public Task<string> AskCaller() => Clients.Caller.InvokeAsync<string>("Answer", CancellationToken.None);

    public void Abort() => Context.Abort();

    public override Task OnConnectedAsync()
    {
        log.OnConnected(Context.ConnectionId, Context.UserIdentifier);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        log.OnDisconnected(Context.ConnectionId, Context.UserIdentifier, exception);
        return Task.CompletedTask;
    }
}
