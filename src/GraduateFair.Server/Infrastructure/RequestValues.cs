using System.Globalization;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Server.Infrastructure;

/// <summary>Query and body values beyond <see cref="RequestFields"/>: dates, months, booleans and paging, each bad value with its own field error.</summary>
public static class RequestValues
{
    /// <summary>The most items one page of a list holds.</summary>
    public const int MaxLimit = 1000;

    /// <summary>A calendar date, "2026-06-20".</summary>
    public static DateOnly? Date(this ValidationErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-06-20).");
        return null;
    }

    /// <summary>A month, "2026-05" (its first day); required.</summary>
    public static DateOnly? Month(this ValidationErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Month is required, as YYYY-MM (e.g. 2026-05).");
            return null;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && value.Length == 7)
        {
            return month;
        }

        errors.Add(field, $"'{value}' is not a month; write it as YYYY-MM (e.g. 2026-05).");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>, or null when absent.</summary>
    public static bool? Boolean(this ValidationErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (value)
        {
            case null or "":
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors.Add(field, $"'{value}' is not a boolean; allowed: true, false");
                return null;
        }
    }

    /// <summary>Paging of a list: <c>offset</c> from 0 (default 0), <c>limit</c> from 1 to <see cref="MaxLimit"/> (default 100).</summary>
    public static (int Offset, int Limit) Paging(this ValidationErrors errors, int? offset, int? limit)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (offset < 0)
        {
            errors.Add("offset", "Offset must not be negative.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"Limit must be between 1 and {MaxLimit}.");
        }

        return (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? 100, 1, MaxLimit));
    }
}
