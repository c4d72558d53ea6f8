namespace GraduateFair.Grains.LiveSessions;

public sealed class LiveSessionDirectoryState
{
    public Dictionary<string, LiveSessionSummary> Sessions { get; set; } = new(StringComparer.Ordinal);
}
