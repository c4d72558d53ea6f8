namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>Who ended a <see cref="SignalRTestClient"/>'s connection, and how.</summary>
public enum HubCloseCause
{
    /// <summary>The server sent a SignalR close message (type 7).</summary>
    CloseMessage,

    /// <summary>The server closed the WebSocket without a SignalR close message.</summary>
    SocketClosed,

    /// <summary>The WebSocket failed: the server went away without closing it.</summary>
    SocketFailed,

    /// <summary>The server sent something that is not the SignalR JSON protocol; the client aborted.</summary>
    ProtocolError,

    /// <summary>The client closed cleanly (<see cref="SignalRTestClient.DisposeAsync"/>).</summary>
    ClientClosed,

    /// <summary>The client dropped the socket without closing it (<see cref="SignalRTestClient.AbortAsync"/>).</summary>
    ClientAborted,
}
