namespace GraduateFair.Grains.LiveSessions;

/// <summary>The grains' part of the <c>Live</c> configuration section.</summary>
public sealed class LiveSessionOptions
{
    public const string SectionName = "Live";

    /// <summary>
    /// How long a live session whose publisher stopped waits for the encoder to reconnect before it
    /// ends (default 30 seconds; zero ends it at once).
    /// </summary>
    public TimeSpan ReconnectGrace { get; set; } = TimeSpan.FromSeconds(30);
}
