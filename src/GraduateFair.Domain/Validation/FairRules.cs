using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Validation;

/// <summary>Rules for scheduling a fair.</summary>
public static class FairRules
{
    /// <summary>A fair closes strictly after it opens. Reported against <c>closesAt</c>.</summary>
    public static string? Times(DateTimeOffset opensAt, DateTimeOffset closesAt) =>
        closesAt > opensAt ? null : "Closing time must be after the opening time.";

    /// <summary>The fair's title: 1 to 200 characters after trimming.</summary>
    public static string? Title(string? value) => TextRules.Required(value, "Title", TextRules.TitleMaxLength);

    /// <summary>
    /// Eligibility other than everyone is for themed sessions only, and a priority-groups-only
    /// session needs at least one priority group (its theme's, or listed), or nobody could take
    /// part. <paramref name="fairPriorityGroups"/> is <see cref="FairPriorityGroups.For"/>.
    /// Reported against <c>eligibility</c>.
    /// </summary>
    public static string? Eligibility(Theme theme, Fairs.Eligibility eligibility, IReadOnlyCollection<PriorityGroup> fairPriorityGroups)
    {
        ArgumentNullException.ThrowIfNull(fairPriorityGroups);
        if (eligibility == Fairs.Eligibility.Everyone)
        {
            return null;
        }

        if (theme == Theme.General)
        {
            return "A general fair is open to everyone; choose a themed session to restrict it to priority groups.";
        }

        return fairPriorityGroups.Count == 0
            ? "A session for priority groups only needs at least one priority group in priorityGroups."
            : null;
    }
}
