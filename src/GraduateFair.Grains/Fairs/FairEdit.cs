namespace GraduateFair.Grains.Fairs;

/// <summary>An organiser's edit of a fair: null leaves a field as it is; a blank description clears it.</summary>
public sealed record FairEdit(string? Title, string? Description, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt);
