using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraduateFair.Domain.Enumerations;

/// <summary>System.Text.Json support for the public contract's kebab-case enumerations.</summary>
public static class KebabCaseJson
{
    /// <summary>
    /// System.Text.Json's enum converter configured with <see cref="JsonNamingPolicy.KebabCaseLower"/>,
    /// refusing numbers. It writes the same names as <see cref="KebabCase.Format{TEnum}"/>, but
    /// reads leniently: it also accepts C# member names in any casing and comma-separated
    /// combinations. Prefer <see cref="StrictKebabCaseEnumConverter"/> (what
    /// <see cref="AddKebabCaseEnums"/> adds) for request bodies.
    /// </summary>
    public static JsonStringEnumConverter CreateEnumConverter() =>
        new(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);

    /// <summary>
    /// Adds a <see cref="StrictKebabCaseEnumConverter"/> to <paramref name="options"/> and returns
    /// them: enumerations are written as kebab-case names and only those exact names are read.
    /// </summary>
    public static JsonSerializerOptions AddKebabCaseEnums(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new StrictKebabCaseEnumConverter());
        return options;
    }
}
