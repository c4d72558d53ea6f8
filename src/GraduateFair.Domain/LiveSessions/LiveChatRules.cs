using System.Globalization;
using System.Text;

namespace GraduateFair.Domain.LiveSessions;

/// <summary>What a live session's chat takes: short single messages, none with a banned term.</summary>
public static class LiveChatRules
{
    public const int MaxLength = 300;

    /// <summary>The refusal of a message with a banned term (the hub contract's wording; the web app translates it).</summary>
    public const string BannedTermMessage = "That message contains a word that is not allowed.";

    /// <summary>
    /// Why <paramref name="text"/> (already trimmed) may not be posted, or null. Banned terms match
    /// case-insensitively after Unicode compatibility normalisation (full-width letters and digits
    /// become ordinary ones) and with white space removed, so "代 考" and "ＶＸ" match "代考" and "vx".
    /// </summary>
    public static string? Check(string? text, IReadOnlyCollection<string> bannedTerms)
    {
        ArgumentNullException.ThrowIfNull(bannedTerms);
        if (string.IsNullOrEmpty(text))
        {
            return "A chat message needs some text.";
        }

        if (text.Length > MaxLength)
        {
            return $"A chat message may be at most {MaxLength} characters; this one is {text.Length}.";
        }

        if (text.Any(char.IsControl))
        {
            return "A chat message is a single line without control characters.";
        }

        var folded = Fold(text);
        return bannedTerms.Select(Fold).Any(term => term.Length > 0 && folded.Contains(term, StringComparison.Ordinal))
            ? BannedTermMessage
            : null;
    }

    private static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
