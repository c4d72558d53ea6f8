namespace GraduateFair.Grains.LiveSessions;

/// <summary>The outcome of a change asked of a live session; <see cref="Session"/> is null when there is none.</summary>
public sealed record LiveChange(LiveChangeKind Kind, LiveSessionInfo? Session, string? Message = null)
{
    public static LiveChange Missing { get; } = new(LiveChangeKind.Missing, null, "There is no live session with this id.");
}
