using System.Text.Json;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Matching;

namespace GraduateFair.Domain.Tests.Matching;

public sealed class JobMatchingTests
{
    private static readonly MatchProfile Master = new("g1", Discipline.Engineering, Degree.Master, "Wuhan", InPriorityGroup: true);

    [Fact]
    public void AJobOfTheSameDisciplineDegreeAndCityMatchesOnAllThree()
    {
        var match = JobMatching.Evaluate(Master, new OpenJob("j1", Discipline.Engineering, Degree.Master, "Wuhan", 1));

        Assert.Equal(new JobMatch("j1", [MatchCriterion.Discipline, MatchCriterion.Degree, MatchCriterion.City], Discipline.Engineering, Degree.Master, "Wuhan"), match);
    }

    [Fact]
    public void AJobAskingForALowerDegreeMatchesWithoutTheDegreeCriterion()
    {
        var match = JobMatching.Evaluate(Master, new OpenJob("j1", Discipline.Engineering, Degree.Bachelor, "Shenzhen", 1));

        Assert.Equal([MatchCriterion.Discipline], match!.Matched);
        Assert.Equal(Degree.Bachelor, match.Degree);
    }

    [Theory]
    [InlineData(Discipline.Science, Degree.Master, 1)]
    [InlineData(Discipline.Engineering, Degree.Doctor, 1)]
    [InlineData(Discipline.Engineering, Degree.Master, 0)]
    public void OtherDisciplinesHigherDegreesAndFilledJobsDoNotMatch(Discipline discipline, Degree degree, int openings)
    {
        Assert.Null(JobMatching.Evaluate(Master, new OpenJob("j1", discipline, degree, "Wuhan", openings)));
    }

    [Theory]
    [InlineData("Wuhan", "wuhan", true)]
    [InlineData(" 武汉 ", "武汉", true)]
    [InlineData("Wuhan", "武汉", false)]
    [InlineData("", "", false)]
    [InlineData(null, null, false)]
    public void CitiesAreTheSameWhenEqualTrimmedIgnoringCase(string? a, string? b, bool expected)
    {
        Assert.Equal(expected, JobMatching.SameCity(a, b));
    }

    [Theory]
    [InlineData(false, 3)]
    [InlineData(true, 5)]
    public void APushHasThreeJobsOrFiveInAPriorityGroup(bool inPriorityGroup, int expected)
    {
        Assert.Equal(expected, JobPush.CountFor(inPriorityGroup));
    }

    [Fact]
    public void AMatchSerialisesItsCriteriaAsKebabCaseNames()
    {
        var match = new JobMatch("j1", [MatchCriterion.Discipline, MatchCriterion.City], Discipline.Interdisciplinary, Degree.Associate, "武汉");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.AddKebabCaseEnums();

        var json = JsonSerializer.Serialize(match, options);

        Assert.Equal("""{"jobId":"j1","matched":["discipline","city"],"discipline":"interdisciplinary","degree":"associate","city":"武汉"}""", json);
        Assert.Equal(match, JsonSerializer.Deserialize<JobMatch>(json, options));
    }
}
