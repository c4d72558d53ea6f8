namespace GraduateFair.Grains.FollowUps;

/// <param name="Open">True for open follow-ups only, false for completed only, null for both.</param>
/// <param name="City">Only graduates of this city (trimmed, any case).</param>
/// <param name="Take">At most this many items, earliest due first.</param>
public sealed record FollowUpQuery(bool? Open, string? City, int Take);
