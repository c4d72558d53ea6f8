namespace GraduateFair.Grains.LiveSessions;

/// <summary>What one job card pinned in a session brought: queue joins and applications from the card.</summary>
public sealed record PinnedJobStats(string JobId, string Title, int QueueJoins, int Applications);
