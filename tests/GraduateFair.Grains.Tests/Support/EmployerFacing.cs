using System.Text.Json;
using GraduateFair.Domain.Enumerations;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>Checks that what an employer receives says nothing of priority lanes or groups.</summary>
internal static class EmployerFacing
{
    /// <summary>The JSON the HTTP layer and the hub write: web defaults (camelCase) and kebab-case enumerations.</summary>
    public static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddKebabCaseEnums();

    // Field names or values that would reveal a lane or a group. Test data avoids these words.
    private static readonly string[] Revealing =
        ["priority", "lane", "group", "consent", "hardship", "zero-employment", "zeroemployment", "disability", "low-income", "lowincome"];

    /// <summary>Serialises <paramref name="value"/> as clients get it and fails when it mentions a lane or a group.</summary>
    public static string AssertRevealsNoPriority(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = JsonSerializer.Serialize(value, value.GetType(), Json);
        foreach (var word in Revealing)
        {
            Assert.False(json.Contains(word, StringComparison.OrdinalIgnoreCase), $"{value.GetType().Name} mentions '{word}': {json}");
        }

        return json;
    }
}
