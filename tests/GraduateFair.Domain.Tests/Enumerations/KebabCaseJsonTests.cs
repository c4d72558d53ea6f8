using System.Text.Json;
using GraduateFair.Domain.Accounts;
using GraduateFair.Domain.Companies;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Enumerations;

public sealed class KebabCaseJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddKebabCaseEnums();

    private static readonly JsonSerializerOptions LenientOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { KebabCaseJson.CreateEnumConverter() },
    };

    [Fact]
    public void UserRoleRoundTripsAsKebabCase() =>
        AssertRoundTrips<UserRole>("graduate", "employer", "organiser");

    [Fact]
    public void ThemeRoundTripsAsKebabCase() =>
        AssertRoundTrips<Theme>("general", "hardship-family", "zero-employment-family", "disability", "industry", "region", "discipline");

    [Fact]
    public void DisciplineRoundTripsAsKebabCase() =>
        AssertRoundTrips<Discipline>(
            "philosophy", "economics", "law", "education", "literature", "history", "science",
            "engineering", "agriculture", "medicine", "military", "management", "art", "interdisciplinary");

    [Fact]
    public void DegreeRoundTripsAsKebabCase() =>
        AssertRoundTrips<Degree>("associate", "bachelor", "master", "doctor");

    [Fact]
    public void AccommodationRoundTripsAsKebabCase() =>
        AssertRoundTrips<Accommodation>("text-chat", "extra-time", "sign-language", "captions");

    [Fact]
    public void PriorityGroupRoundTripsAsKebabCase() =>
        AssertRoundTrips<PriorityGroup>("hardship-family", "zero-employment-family", "disability", "low-income");

    [Fact]
    public void FairStatusRoundTripsAsKebabCase() =>
        AssertRoundTrips<FairStatus>("scheduled", "open", "closed");

    [Fact]
    public void CompanyStatusRoundTripsAsKebabCase() =>
        AssertRoundTrips<CompanyStatus>("pending", "verified");

    [Fact]
    public void InterviewOutcomeRoundTripsAsKebabCase() =>
        AssertRoundTrips<InterviewOutcome>("advance", "offer", "reject", "no-show");

    [Fact]
    public void QueueLeaveReasonRoundTripsAsKebabCase() =>
        AssertRoundTrips<QueueLeaveReason>("left", "declined", "no-show", "fair-closed", "offline");

    [Fact]
    public void EnumerationsInsideRecordsAndListsAreWrittenAsStrings()
    {
        var json = JsonSerializer.Serialize(new Sample(Theme.HardshipFamily, [PriorityGroup.LowIncome, PriorityGroup.Disability]), Options);

        Assert.Equal("""{"theme":"hardship-family","groups":["low-income","disability"]}""", json);
    }

    [Fact]
    public void EnumerationKeysOfDictionariesAreWrittenAndReadAsKebabCase()
    {
        var json = JsonSerializer.Serialize(new Dictionary<PriorityGroup, int> { [PriorityGroup.LowIncome] = 2 }, Options);

        Assert.Equal("""{"low-income":2}""", json);
        Assert.Equal(2, JsonSerializer.Deserialize<Dictionary<PriorityGroup, int>>(json, Options)![PriorityGroup.LowIncome]);
    }

    [Fact]
    public void NullableEnumerationsReadNullAndNames()
    {
        Assert.Null(JsonSerializer.Deserialize<Theme?>("null", Options));
        Assert.Equal(Theme.Region, JsonSerializer.Deserialize<Theme?>("\"region\"", Options));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"festival\"")]
    [InlineData("\"HardshipFamily\"")]
    [InlineData("\"hardshipfamily\"")]
    [InlineData("\"Hardship-Family\"")]
    [InlineData("\"general, region\"")]
    public void TheStrictConverterReadsOnlyExactKebabCaseNames(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Theme>(json, Options));
    }

    [Fact]
    public void TheStrictConverterExplainsAnUnknownName()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Degree>("\"phd\"", Options));

        Assert.Equal("Unknown degree 'phd'; allowed: associate, bachelor, master, doctor", error.Message);
    }

    [Theory]
    [InlineData("\"HardshipFamily\"", Theme.HardshipFamily)]
    [InlineData("\"general, region\"", Theme.Region)]
    public void TheLenientConverterAlsoReadsMemberNamesAndCombinations(string json, Theme expected)
    {
        // Documents why AddKebabCaseEnums uses the strict converter.
        Assert.Equal(expected, JsonSerializer.Deserialize<Theme>(json, LenientOptions));
    }

    [Fact]
    public void TheLenientConverterRejectsNumbers()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Theme>("1", LenientOptions));
    }

    private static void AssertRoundTrips<TEnum>(params string[] expected)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(expected, KebabCase.AllowedValues<TEnum>());
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(expected[i], KebabCase.Format(values[i]));
            foreach (var options in new[] { Options, LenientOptions })
            {
                var json = JsonSerializer.Serialize(values[i], options);
                Assert.Equal($"\"{expected[i]}\"", json);
                Assert.Equal(values[i], JsonSerializer.Deserialize<TEnum>(json, options));
            }
        }
    }

    private sealed record Sample(Theme Theme, IReadOnlyList<PriorityGroup> Groups);
}
