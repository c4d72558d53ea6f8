using GraduateFair.Domain.Enumerations;
using Humanizer;

namespace GraduateFair.Domain.Matching;

/// <summary>Why a job was pushed, as an English phrase: "matches your discipline (engineering), degree (bachelor) and city (Wuhan)".</summary>
public static class MatchReasonText
{
    /// <summary>The criteria met, each with the job's value, joined with commas and a final "and".</summary>
    public static string For(JobMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var parts = match.Matched.Select(criterion => criterion switch
        {
            MatchCriterion.Discipline => $"discipline ({KebabCase.Format(match.Discipline)})",
            MatchCriterion.Degree => $"degree ({KebabCase.Format(match.Degree)})",
            MatchCriterion.City => $"city ({match.City.Trim()})",
            _ => throw new ArgumentOutOfRangeException(nameof(match), criterion, "Unknown match criterion."),
        });
        return "matches your " + parts.Humanize("and");
    }
}
