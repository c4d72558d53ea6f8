namespace GraduateFair.Grains.Cases;

/// <summary>One shard's answer to a case query: how many match, and the first of them.</summary>
public sealed record CaseSlice(int Total, IReadOnlyList<CaseListItem> Items);
