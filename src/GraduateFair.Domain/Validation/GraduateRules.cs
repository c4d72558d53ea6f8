using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Validation;

/// <summary>Rules for a graduate's profile and priority consent.</summary>
public static class GraduateRules
{
    /// <summary>The earliest graduation year accepted.</summary>
    public const int FirstGraduationYear = 1990;

    /// <summary>The latest graduation year accepted.</summary>
    public const int LastGraduationYear = 2100;

    /// <summary>From 1990 to 2100 inclusive.</summary>
    public static string? GraduationYear(int year) =>
        year is >= FirstGraduationYear and <= LastGraduationYear
            ? null
            : $"Graduation year must be between {FirstGraduationYear} and {LastGraduationYear}.";

    /// <summary>
    /// Priority groups are sensitive personal information: they are recorded only with explicit
    /// consent (<c>consent: true</c>), and only when at least one group is given (withdrawing is a
    /// separate call). Reported against <c>consent</c> or <c>groups</c>.
    /// </summary>
    public static IReadOnlyList<FieldError> PriorityConsent(IReadOnlyCollection<PriorityGroup> groups, bool consent)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var errors = new List<FieldError>();
        if (!consent)
        {
            errors.Add(new("consent", "Consent must be given to record priority groups."));
        }

        if (groups.Count == 0)
        {
            errors.Add(new("groups", "Choose at least one priority group."));
        }

        return errors;
    }
}
