using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraduateFair.Domain.Enumerations;

/// <summary>
/// Writes every enumeration as its kebab-case name, like
/// <see cref="KebabCaseJson.CreateEnumConverter"/>, but reads only the exact kebab-case names
/// (<see cref="KebabCase.TryParse{TEnum}"/>). System.Text.Json's own enum converter also
/// accepts the C# member names in any casing (<c>"HardshipFamily"</c>, <c>"hardshipfamily"</c>)
/// and comma-separated combinations (<c>"general, region"</c> reads as <c>region</c>), which
/// the public contract does not allow.
/// </summary>
/// <remarks>Also used for dictionary keys. Numbers are rejected.</remarks>
public sealed class StrictKebabCaseEnumConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
    }

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a string for {typeof(TEnum).Name}; allowed: {string.Join(", ", KebabCase.AllowedValues<TEnum>())}");
            }

            return Parse(reader.GetString());
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(KebabCase.Format(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(KebabCase.Format(value));

        private static TEnum Parse(string? text) =>
            KebabCase.TryParse<TEnum>(text, out var value)
                ? value
                : throw new JsonException(KebabCase.UnknownValueMessage<TEnum>(text));
    }
}
