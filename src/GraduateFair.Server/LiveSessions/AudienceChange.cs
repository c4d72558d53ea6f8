namespace GraduateFair.Server.LiveSessions;

/// <summary>A session's audience since the last look: how many watch now, and who watched for the first time.</summary>
/// <param name="CountChanged">Whether <paramref name="Watching"/> differs from the count reported last.</param>
/// <param name="Peak">The most who watched at once since the last look (at least <paramref name="Watching"/>).</param>
public sealed record AudienceChange(string SessionId, int Watching, IReadOnlyList<string> NewViewerIds, bool CountChanged, int Peak);
