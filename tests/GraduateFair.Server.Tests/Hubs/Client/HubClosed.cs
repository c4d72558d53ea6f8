namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>How and why a <see cref="SignalRTestClient"/>'s connection ended.</summary>
/// <param name="Cause">Who ended it and how.</param>
/// <param name="Error">The server's close error, or what went wrong with the socket; null for a clean close.</param>
/// <param name="AllowReconnect">The close message's <c>allowReconnect</c>; false when there was no close message.</param>
public sealed record HubClosed(HubCloseCause Cause, string? Error, bool AllowReconnect)
{
    public override string ToString() =>
        $"{Cause}{(Error is null ? string.Empty : $": {Error}")}{(AllowReconnect ? " (reconnect allowed)" : string.Empty)}";
}
