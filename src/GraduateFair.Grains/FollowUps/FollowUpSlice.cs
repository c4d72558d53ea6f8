namespace GraduateFair.Grains.FollowUps;

/// <summary>One shard's answer to a follow-up query: how many match, and the first of them.</summary>
public sealed record FollowUpSlice(int Total, IReadOnlyList<FollowUpView> Items);
