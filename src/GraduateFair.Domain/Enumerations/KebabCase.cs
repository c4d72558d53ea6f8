using System.Collections.Frozen;
using System.Text.Json;
using Humanizer;

namespace GraduateFair.Domain.Enumerations;

/// <summary>
/// The kebab-case names of enumeration values, as clients see them
/// (<c>Theme.HardshipFamily</c> ↔ <c>"hardship-family"</c>). The names are produced by
/// <see cref="JsonNamingPolicy.KebabCaseLower"/>, so they always agree with
/// <see cref="KebabCaseJson.CreateEnumConverter"/>.
/// </summary>
public static class KebabCase
{
    /// <summary>The kebab-case name of a defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a named member of <typeparamref name="TEnum"/>.</exception>
    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no member with this value.");

    /// <summary>
    /// Parses an exact kebab-case name. Anything else (other casing, surrounding spaces,
    /// numbers, the C# member name) is rejected.
    /// </summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Names<TEnum>.ByText.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every kebab-case name of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> AllowedValues<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Texts;

    /// <summary>
    /// The error message for a value that did not parse, e.g.
    /// <c>Unknown theme 'x'; allowed: general, hardship-family, ...</c>. The noun is the
    /// enumeration's name in lower-case words (<c>PriorityGroup</c> → "priority group").
    /// </summary>
    public static string UnknownValueMessage<TEnum>(string? text)
        where TEnum : struct, Enum =>
        UnknownValueMessage<TEnum>(text, Names<TEnum>.Noun);

    /// <summary>The error message for a value that did not parse, naming the value <paramref name="noun"/>.</summary>
    public static string UnknownValueMessage<TEnum>(string? text, string noun)
        where TEnum : struct, Enum =>
        $"Unknown {noun} '{text}'; allowed: {string.Join(", ", Names<TEnum>.Texts)}";

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        // Initialised in textual order: each table is built from the ones above it.
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

        public static readonly IReadOnlyList<string> Texts = Array.AsReadOnly(
            Array.ConvertAll(Values, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Values.Zip(Texts).ToFrozenDictionary(p => p.First, p => p.Second);

        public static readonly FrozenDictionary<string, TEnum> ByText =
            Values.Zip(Texts).ToFrozenDictionary(p => p.Second, p => p.First, StringComparer.Ordinal);

        public static readonly string Noun = typeof(TEnum).Name.Humanize(LetterCasing.LowerCase);
    }
}
