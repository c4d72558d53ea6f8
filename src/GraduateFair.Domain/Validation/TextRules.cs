namespace GraduateFair.Domain.Validation;

/// <summary>Length rules for free text. Lengths are counted in UTF-16 code units after trimming.</summary>
public static class TextRules
{
    /// <summary>The longest title (fair, booth, job).</summary>
    public const int TitleMaxLength = 200;

    /// <summary>The longest name of a person, company or university, or a city or industry.</summary>
    public const int NameMaxLength = 200;

    /// <summary>The longest description or note.</summary>
    public const int DescriptionMaxLength = 4000;

    /// <summary>
    /// A required single-line text: after trimming, 1 to <paramref name="maxLength"/> characters
    /// and no control characters. <paramref name="label"/> starts the message ("Title is required.").
    /// </summary>
    public static string? Required(string? value, string label, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return $"{label} is required.";
        }

        if (trimmed.Length > maxLength)
        {
            return $"{label} must be at most {maxLength} characters.";
        }

        return trimmed.Any(char.IsControl) ? $"{label} must be a single line without control characters." : null;
    }

    /// <summary>An optional multi-line text (null or blank is fine): at most <paramref name="maxLength"/> characters after trimming.</summary>
    public static string? Optional(string? value, string label, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var trimmed = value?.Trim();
        return trimmed is not null && trimmed.Length > maxLength
            ? $"{label} must be at most {maxLength} characters."
            : null;
    }

    /// <summary>The stored form of a text: trimmed, and null when blank.</summary>
    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
