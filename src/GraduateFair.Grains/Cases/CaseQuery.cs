using GraduateFair.Domain.Cases;

namespace GraduateFair.Grains.Cases;

/// <summary>Filters of the case list; null filters nothing.</summary>
/// <param name="Take">At most this many items, longest without contact first.</param>
public sealed record CaseQuery(CaseStatus? Status, bool? Priority, LackingFilter? Lacking, string? City, int Take);
