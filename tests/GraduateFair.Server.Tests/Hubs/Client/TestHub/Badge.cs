namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>An object payload for the test hub, to check camelCase (de)serialisation both ways.</summary>
public sealed record Badge(string Name, int Level);
