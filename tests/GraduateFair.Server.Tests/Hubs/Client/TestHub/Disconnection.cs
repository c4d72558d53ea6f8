namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>What the test hub's OnDisconnectedAsync saw: null exception for a clean close.</summary>
public sealed record Disconnection(string ConnectionId, string? UserId, Exception? Exception);
