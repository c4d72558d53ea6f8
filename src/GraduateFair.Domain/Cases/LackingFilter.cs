using System.Diagnostics.CodeAnalysis;
using GraduateFair.Domain.Enumerations;

namespace GraduateFair.Domain.Cases;

/// <summary>
/// The <c>lacking=</c> filter of the case list: <c>1311</c> keeps cases short of any of the four
/// minimums; a kind (<c>guidance</c>, <c>recommendation</c>, <c>training</c>, <c>internship</c>)
/// keeps cases short of that one.
/// </summary>
/// <param name="Kind">The kind filtered on, or null for any of the four (<c>1311</c>).</param>
public sealed record LackingFilter(ServiceKind? Kind)
{
    /// <summary>The text that selects cases short of any of the four minimums.</summary>
    public const string Rule1311Text = "1311";

    /// <summary>Cases short of any of the four minimums.</summary>
    public static LackingFilter Rule1311 { get; } = new((ServiceKind?)null);

    /// <summary>Every text <see cref="TryParse"/> accepts: <c>1311</c>, then the four kinds.</summary>
    public static IReadOnlyList<string> AllowedValues { get; } =
        [Rule1311Text, .. Services1311.RequiredKinds.Select(KebabCase.Format)];

    /// <summary>True when the counts fall short as this filter asks.</summary>
    public bool Matches(ServiceCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Kind is { } kind ? counts.IsLacking(kind) : !counts.Meets1311;
    }

    /// <summary>
    /// Parses an exact value from <see cref="AllowedValues"/>. On failure <paramref name="error"/>
    /// lists the allowed values. A missing or empty parameter is a failure too: callers skip the
    /// filter when the parameter is absent.
    /// </summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out LackingFilter? filter,
        [NotNullWhen(false)] out string? error)
    {
        filter = null;
        error = null;
        if (text == Rule1311Text)
        {
            filter = Rule1311;
        }
        else if (KebabCase.TryParse<ServiceKind>(text, out var kind) && Services1311.Minimum(kind) > 0)
        {
            filter = new LackingFilter(kind);
        }
        else if (text == KebabCase.Format(ServiceKind.Other))
        {
            error = $"Other help has no minimum under 1311, so no case lacks it; allowed: {string.Join(", ", AllowedValues)}";
        }
        else
        {
            error = $"Unknown lacking filter '{text}'; allowed: {string.Join(", ", AllowedValues)}";
        }

        return filter is not null;
    }

    /// <summary>The text this filter parses from.</summary>
    public override string ToString() => Kind is { } kind ? KebabCase.Format(kind) : Rule1311Text;
}
