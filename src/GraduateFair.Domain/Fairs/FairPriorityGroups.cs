using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Fairs;

/// <summary>The priority groups a fair serves first.</summary>
public static class FairPriorityGroups
{
    /// <summary>
    /// The theme's own group (a hardship-family session serves hardship-family graduates, ...)
    /// plus whatever the organiser listed; without duplicates, in declaration order.
    /// </summary>
    public static IReadOnlyList<PriorityGroup> For(Theme theme, IEnumerable<PriorityGroup>? listedByOrganiser)
    {
        var groups = new SortedSet<PriorityGroup>(listedByOrganiser ?? []);
        if (theme.PriorityGroupOf() is { } themeGroup)
        {
            groups.Add(themeGroup);
        }

        return [.. groups];
    }
}
