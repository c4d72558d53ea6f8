using System.Globalization;
using System.Text.RegularExpressions;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Server.Infrastructure;

/// <summary>
/// Reads request fields that arrive as strings (enumerations, times) so every bad value gets its
/// own field error naming what is allowed, instead of one opaque JSON error.
/// </summary>
public static partial class RequestFields
{
    public static TEnum? Enum<TEnum>(this ValidationErrors errors, string field, string? value, bool required = true)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, $"{Label(field)} is required; allowed: {string.Join(", ", KebabCase.AllowedValues<TEnum>())}");
            }

            return null;
        }

        if (KebabCase.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        errors.Add(field, KebabCase.UnknownValueMessage<TEnum>(value, Label(field).ToLowerInvariant()));
        return null;
    }

    public static IReadOnlyList<TEnum> EnumList<TEnum>(this ValidationErrors errors, string field, IReadOnlyList<string?>? values)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        var parsed = new List<TEnum>();
        foreach (var value in values ?? [])
        {
            if (KebabCase.TryParse<TEnum>(value, out var one))
            {
                if (!parsed.Contains(one))
                {
                    parsed.Add(one);
                }
            }
            else
            {
                errors.Add(field, KebabCase.UnknownValueMessage<TEnum>(value, Label(field).ToLowerInvariant().TrimEnd('s')));
            }
        }

        return parsed;
    }

    /// <summary>An ISO 8601 time that states its offset ("2026-06-01T09:00:00+08:00" or "…Z").</summary>
    public static DateTimeOffset? Time(this ValidationErrors errors, string field, string? value, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, $"{Label(field)} is required, as an ISO 8601 time with offset (e.g. 2026-06-01T09:00:00+08:00).");
            }

            return null;
        }

        if (OffsetSuffix().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"{Label(field)} must be an ISO 8601 time with offset (e.g. 2026-06-01T09:00:00+08:00).");
        return null;
    }

    /// <summary>"opensAt" → "Opens at".</summary>
    private static string Label(string field)
    {
        var words = CamelBoundary().Replace(field, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex("([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelBoundary();
}
